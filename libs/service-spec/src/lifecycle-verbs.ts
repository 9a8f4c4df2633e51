/*
 * Lifecycles said as verbs: each verb moves a record into a state (a boolean flag of the record: `paid`,
 * `rented`, `closed`), refused when the record is there already; its undo moves it back. The generator designs
 * them as holds (reserve/release on the flag) and the fidelity gate accepts a hold on that flag as their
 * realisation, so both read the verbs from this one table (folded words: lower case, accents removed, ß → ss).
 */

function w(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** A verb that moves a record into a state, in the languages intents are written in (folded words). */
export interface LifecycleVerb {
  /** The boolean state field the verb sets (`paid`). */
  flag: string;
  /** Forms that do the move: infinitive, imperative, gerund, third person. */
  acts: string[];
  /** Forms that only name the state reached (participles): "an invoice already paid". */
  states: string[];
  /** Forms of the verb that undoes the move, if any. */
  undo: string[];
}

/** One-way and two-way lifecycles; the first whose forms a feature writes names its flag. */
export const LIFECYCLE_VERBS: LifecycleVerb[] = [
  {
    flag: 'rented',
    acts: w(`rent rents renting vermieten vermiete mieten alquilar alquila alquilo louer loue
      louez noleggiare noleggia alugar aluga`),
    states:
      w(`rented vermietet vermietete vermietetes vermieteten alquilado alquilada alquilados alquiladas louee loues louees
      noleggiato noleggiata alugado alugada`),
    undo: w(`return returns returning returned zuruckgeben zurueckgeben zuruckgegeben devolver devuelve
      devuelto devuelta rendre rend rendu rendue restituire restituisci restituito devolve`),
  },
  {
    flag: 'paid',
    acts: w(`pay pays paying bezahlen bezahle pagar paga payer payez pagare`),
    states: w(
      `paid bezahlt bezahlte bezahlten pagado pagada pagados pagadas paye payee payes payees pagato pagata`,
    ),
    undo: [],
  },
  {
    flag: 'archived',
    acts: w(
      `archive archives archiving archivieren archiviere archivar archiva archiver archiviare arquivar`,
    ),
    states: w(`archived archiviert archivierte archiviertes archivado archivada archivados archivee archives
      archiviato archiviata arquivado arquivada`),
    undo: w(`unarchive unarchives unarchiving restore restores wiederherstellen dearchivieren desarchivar
      restaurar desarchiver restaurer ripristinare`),
  },
  {
    flag: 'published',
    acts: w(`publish publishes publishing veroffentlichen veroeffentlichen publicar publica publier publiez
      pubblicare pubblica`),
    states: w(`published veroffentlicht veroffentlichte veroffentlichter veroeffentlicht publicado publicada
      publie publiee publies publiees pubblicato pubblicata`),
    undo: w(`unpublish unpublishes unpublishing depublizieren despublicar depublier`),
  },
  {
    flag: 'closed',
    acts: w(`close closes closing schliessen schliesse schliesst cerrar cierra fermer fermez cloturer
      cloture chiudere chiudi fechar encerrar encerra`),
    states: w(`closed geschlossen geschlossene geschlossener cerrado cerrada cerrados cerradas ferme fermee
      fermes fermees cloturee chiuso chiusa fechado fechada encerrado encerrada`),
    undo: w(
      `reopen reopens reopened reopening wiedereroffnen wiedereroeffnen reabrir reabre rouvrir riaprire`,
    ),
  },
  {
    flag: 'approved',
    acts: w(`approve approves approving genehmigen genehmige aprobar aprueba approuver approuvez approvare
      aprovar`),
    states: w(`approved genehmigt genehmigte aprobado aprobada approuve approuvee approvato approvata aprovado
      aprovada`),
    undo: [],
  },
  {
    flag: 'confirmed',
    acts: w(`confirm confirms confirming bestatigen bestaetigen bestatige confirmar confirma confirmer
      confirmez confermare conferma`),
    states: w(`confirmed bestatigt bestaetigt bestatigte confirmado confirmada confirme confirmee confermato
      confermata`),
    undo: [],
  },
];

/** The flags of the lifecycles whose forms (folded words) a feature writes. */
export function lifecycleFlagsIn(folded: string[]): string[] {
  const written = new Set(folded);
  return LIFECYCLE_VERBS.filter((v) => [...v.acts, ...v.states, ...v.undo].some((t) => written.has(t))).map(
    (v) => v.flag,
  );
}

/**
 * A decision with two outcomes ("approves or rejects a claim", "genehmigen oder ablehnen", "aprobar o rechazar"):
 * one flag cannot tell a rejected record from one not decided yet, so no single hold realises it.
 */
const OTHER_OUTCOME =
  /\b(?:or|oder|o|ou|oppure)\s+(?:reject|declin|deny|denie|refus|ablehn|rechaz|rejet|rifiut|recus|rejeit)\w*|\b(?:reject|declin|deny|refus|ablehn|rechaz|rejet|rifiut|recus|rejeit)\w*\s+(?:or|oder|o|ou|oppure)\b/;

/** Whether a feature (folded text) asks for a decision with another outcome beside the lifecycle's. */
export function namesOtherOutcome(folded: string): boolean {
  return OTHER_OUTCOME.test(folded);
}
