// The answers live with the fake vendor (scripts/support), where `npm run chaos` uses them too.
export { answerLikeAModel, readModelRequest } from '../../scripts/support/model-answers';
