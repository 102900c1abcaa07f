// dist/builder.html's script: the widgets (for the live preview) and the builder itself.
import '../refuge-widgets.js';
import { define } from '../core/define.js';
import { SnippetBuilder } from './builder/snippet-builder.js';

define('refuge-snippet-builder', SnippetBuilder);
