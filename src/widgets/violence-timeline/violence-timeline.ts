import { define } from '../../core/define.js';
import { ViolenceTimeline } from './violence-timeline.component.js';

export { ViolenceTimeline } from './violence-timeline.component.js';

define('violence-timeline', ViolenceTimeline);
