export * from './types.js';
export * as sources from './sources.js';
export { definitions } from './definitions.js';
export { asylum } from './asylum.js';
export { police } from './police.js';
export { killings, type KillingsYear } from './killings.js';
export {
  timeline,
  timelineFigures,
  type EventDate,
  type TimelineEvent,
  type TimelineEventId,
} from './timeline.js';
export { corrections } from './corrections.js';
export { correctionsFor, dataLastUpdated } from './corrected.js';
export { licenses, defaultCredit, deedUrl, findLicense, type License } from './republish.js';
