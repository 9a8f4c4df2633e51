/**
 * @sf/spec — the SPEC.md format: its fixed sections, the machine-readable `spec-contract` (types and JSON
 * schema), rendering and tolerant parsing, and the rule-based verifier with its published rubric.
 */
export * from './spec-contract';
export type { RankingRow } from './record-behaviors';
export type {
  AdjustBehavior,
  FieldRules,
  IntervalRule,
  TtlRule,
  ReadLimitRule,
  ResetBehavior,
  ResourceRules,
} from './record-rule-contract';
export { withIntervalEnds } from './record-rule-contract';
export {
  clockValue,
  notAfterToday,
  notFutureField,
  notFutureKind,
  readNotFuture,
  readNotFutureJoined,
  type NotFutureReading,
} from './not-future';
export * from './spec-contract.schema';
export { asksAvailable, asksWhoHas, holdTakerOf } from './hold-takers';
export {
  ITEM_FIELD_TYPES,
  objectArrayContractProblems,
  objectArrayFieldProblems,
  objectArrayProblems,
  objectArrayText,
} from './object-array';
export { hasListOptions, listQueryParams, listQueryProblems } from './list-query';
export { SPEC_SECTIONS, type SpecSection } from './spec-sections';
export { renderSpec, type SpecRenderExtras } from './render-spec';
export { parseSpec, extractContract, specSha256, type ParsedSpec } from './parse-spec';
export { routeRequest, routeShape, type RouteMatch } from './contract-routing';
export {
  RUBRIC,
  RUBRIC_VERSION,
  UNREALISED_FEATURE_CAP,
  type RubricCheck,
  type RubricCriterion,
  type RubricId,
} from './rubric';
export { verifySpec } from './verify-spec';
export { passesGate, unrealisedFeatures, type RubricScore, type SpecVerification } from './verification';
export { featureFidelity, type FeatureFidelity } from './fidelity/feature-fidelity';
export { saysFull } from './fidelity/capacity-fidelity';
export { readScopedRepeat, type ScopedRepeat } from './scoped-repeat';
export { asksExpiryShown, expiryShownName } from './fidelity/ttl-fidelity';
export { ON_THE_LIMIT, RUNNING_OUT } from './fidelity/stock-fidelity';
export { instructionIn } from './fidelity/instruction-text';
export { asksUsedUpReads, statedReadCount, usedUpWords } from './fidelity/stored-form';
export { answeredStart, statedStart } from './fidelity/started-fields';
export { countedNoun, sameCount } from './fidelity/count-reads';
export { asksReplace, routePartTexts } from './fidelity/route-parts';
export { asksScopeOrOrder, scopedFieldNames, statedFirst } from './fidelity/list-query-features';
export {
  isDateField,
  isYearField,
  orderedField,
  readStatedOrder,
  type StatedOrder,
} from './fidelity/stated-order';
export { readLatestCount, type LatestCount } from './fidelity/latest-count';
export {
  readFeatureLiterals,
  topLevelShapes,
  type FeatureLiterals,
  type LiteralField,
  type LiteralRoute,
  type LiteralType,
} from './fidelity/feature-literals';
export { writtenSample, type WrittenSample } from './fidelity/written-samples';
export {
  finalWords,
  machineFields,
  pathsToStates,
  readArrowMachine,
  readFinalStates,
  readRefusedMoves,
  readRouteMove,
  sameMoves,
  type ArrowMachine,
} from './state-machine';
/** The subject before a chain of moves written in words ("un ticket pasa de abierto a …"). */
export { wordedChainSubject } from './worded-chain';
export { readRating, type RatingReading } from './rating-scale';
export { readFixedAnswer, type FixedAnswer } from './fidelity/fixed-answers';
export { givesMomentInUtc } from './fidelity/fixed-source';
export {
  asksEventBodies,
  asksNewestFirst,
  redeliversEvents,
  refusesRepeatedEvents,
  statedSignatureStatus,
  speaksOfReceivedEvents,
  speaksOfRepeatedEvents,
  speaksOfSignedEvents,
} from './fidelity/webhook-fidelity';
export { namesRecordVerb, ownerBestWords } from './fidelity/record-features';
export { acceptanceCheckProblems } from './acceptance-problems';
export { requiredUuidVersion } from './fidelity/uuid-version-fidelity';
export {
  drawsToShowNew,
  isShapeExpectation,
  matchesShape,
  shapesIn,
  valueShapeProblems,
  type ShapeExpectation,
  type ValueShape,
} from './value-shapes';
export { configDefault } from './contract-config';
export { FUNCTION_DOMAINS, functionDomainWords } from './fidelity/function-domains';
export {
  answersStated,
  readWrittenValues,
  type WrittenPair,
  type WrittenValue,
  type WrittenValues,
} from './written-values';
export { carriedTerms, wordsOf } from './fidelity/domain-terms';
export { storyBody } from './fidelity/story-frame';
export { quotaKeySource, type QuotaKeySource } from './fidelity/quota-key-fidelity';
export { readQuotaClock, type QuotaClock } from './fidelity/quota-clock';
export { readHeaderRequirement } from './fidelity/header-guard-fidelity';
export {
  callsLeftClauses,
  callsLeftField,
  callsLeftMentions,
  ownCallsLeft,
  type CallsLeftMention,
} from './fidelity/calls-left';
export { saysKeysApart } from './fidelity/keys-apart';
export {
  defaultCodeExpected,
  errorBodyOf,
  errorBodyShape,
  errorBodyText,
  errorCodeExpectation,
  errorShapeOfFields,
} from './error-body';
export {
  absentDefaultProblems,
  adjustProblems,
  boundsOf,
  boundsText,
  fieldRuleConstraints,
  holdsRule,
  instantOf,
  isCalendarDate,
  isDateTime,
  isHexString,
  isEmailAddress,
  isWebUrl,
  EMAIL_PATTERN,
  lengthText,
  fitText,
  OVERLAP_STEMS,
  resourceRuleLines,
  resourceRuleProblems,
  stampedFields,
  withinBounds,
  withinLength,
  type BoundedField,
  type LengthField,
  type FieldBound,
  type FieldRule,
} from './record-rules';
export {
  newSubject,
  fieldsNamedBy,
  readConstraint,
  subjectScore,
  boundFieldFits,
  type ConstraintReading,
} from './constraint-reading';
export { missingFieldsNamed } from './field-naming';
export { forbidsOverlap, readsTakenSlot } from './booking-clash';
export { readBuffer } from './booking-buffer';
export { sameTerm } from './same-terms';
export { wordMemo, wordPairMemo } from './word-memo';
export { fieldOfNamedRecords } from './record-subject';
export { quotedRefusedValues } from './fidelity/quoted-refusals';
export {
  asksWhatToReorder,
  signedChange,
  stockMoveOfSegment,
  stockMoveWords,
  stockMovesIn,
  talksOtherThanStock,
  whatToReorderWords,
} from './stock-moves';
export { balanceMoveOfSegment, balanceMovesIn, namesBalance } from './balance-moves';
export { LIFECYCLE_VERBS, lifecycleFlagsIn, namesOtherOutcome, type LifecycleVerb } from './lifecycle-verbs';
export { lengthPhraseIn, readFieldRule, type FieldRuleReading } from './field-rule-reading';
export {
  FUNCTIONS_WITH_ROUNDING_MODE,
  ROUNDING_MODES,
  readRoundingMode,
  roundingDecimalsIn,
  roundingModeWords,
  roundingOptionProblems,
  type RoundingMode,
} from './rounding-mode';
export { asksSpread, deviationProblems, readDeviationKind, type DeviationKind } from './deviation-reading';
export {
  namesOtherPaymentPeriod,
  readTermUnit,
  termUnitProblems,
  writtenTerms,
  type SpanUnit,
  type TermUnitReading,
} from './term-unit-reading';
export { readRefusedRange } from './refused-range';
export { pluralPair, sameNoun } from './noun-forms';
export { endBeforeStartClause, intervalRest, readsEndBeforeStart } from './interval-refusal';
export { refusalParts, routesOfUnknownRecords, unknownRecordWords, type RefusalPart } from './refusal-list';
export {
  misreadBound,
  readInputRules,
  ruleWords,
  saysNothingSent,
  writtenStatus,
  type InputRules,
  type RuleClause,
  type RuleKind,
} from './input-rule-reading';
export {
  CHECKED_FORMATS,
  CHECKED_FORMAT_TEXT,
  checkedFormatIn,
  checkedFormatNamedIn,
  isCheckedFormat,
  writtenFormatIn,
  type CheckedFormat,
  type WrittenFormat,
} from './value-formats';
