// The layers of src/, checked by `npm run lint` (dependency-cruiser). Imports point down only:
//   widgets/<tag>  →  core/chart  →  core  →  data
// embed/ (the iframe page and the builder), frameworks/ (what the React components share) and the
// entry modules (index.ts, refuge-widgets.ts, react.ts) sit on top. Type-only imports count: a
// cycle of types is still a cycle a reader has to untangle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules must not import each other in a circle, even for types only.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'data-imports-only-data',
      severity: 'error',
      comment:
        'src/data/ holds the sourced figures and their types; it depends on nothing else in src/.',
      from: { path: '^src/data/' },
      to: { path: '^src/', pathNot: '^src/data/' },
    },
    {
      name: 'core-is-below-widgets',
      severity: 'error',
      comment:
        'src/core/ is what every widget shares: it never reaches up into widgets/, embed/ or the entries.',
      from: { path: '^src/core/' },
      to: { path: '^src/', pathNot: '^src/(core|data)/' },
    },
    {
      name: 'core-is-below-chart',
      severity: 'error',
      comment:
        'src/core/chart/ is what only charts share; the rest of core/ must not depend on it.',
      from: { path: '^src/core/', pathNot: '^src/core/chart/' },
      to: { path: '^src/core/chart/' },
    },
    {
      name: 'widgets-are-independent',
      severity: 'error',
      comment: 'A widget never imports another widget; what two widgets share belongs in core/.',
      from: { path: '^src/widgets/([^/]+)/' },
      to: { path: '^src/widgets/', pathNot: '^src/widgets/$1/' },
    },
    {
      name: 'widgets-import-no-entries-or-embed',
      severity: 'error',
      comment:
        'Widgets do not import the entry modules, the embed pages or the framework components built on top of them.',
      from: { path: '^src/widgets/' },
      to: { path: '^src/(embed/|frameworks/|index\\.ts|refuge-widgets\\.ts|react\\.ts)' },
    },
    {
      name: 'frameworks-import-no-widgets',
      severity: 'error',
      comment:
        'src/frameworks/ is generic glue for any widget class; src/react.ts (generated) puts the widgets in it.',
      from: { path: '^src/frameworks/' },
      to: { path: '^src/', pathNot: '^src/frameworks/' },
    },
    {
      name: 'editor-words-only-in-the-builder',
      severity: 'error',
      comment:
        "The widgets' words for editors (src/widgets/<tag>/<tag>.editor.ts and the words every widget shares) are for the builder (and the WordPress tooling, outside src/): a widget, core/ or another entry importing them would ship them to every reader.",
      from: { path: '^src/', pathNot: '^src/embed/builder/' },
      to: { path: '(\\.editor\\.ts|^src/embed/builder/(widget-words|shared-option-words)\\.ts)$' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
    },
  },
};
