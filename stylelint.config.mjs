// npm run lint:css (style/**/*.css, widget/widget.css).
//
// Class names are prefixed BEM: tt-block, tt-block__element, tt-block--modifier
// or tt-block__element--modifier, every name lowercase words joined by
// hyphens. The partner widget's stylesheet has its own prefix, tn (its root
// block is tn itself). Custom properties --tintuc-* are the widget's public
// theming API and --tt-* / --tn-* the tokens: kebab-case, from the standard
// config.
const NAME = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
const bem = (block, shape) => [
  new RegExp(`^${block}(?:__${NAME})?(?:--${NAME})?$`),
  { message: (s) => `Expected class "${s}" to be ${shape} (prefixed BEM, lowercase hyphenated words)` },
];

export default {
  extends: ['stylelint-config-standard'],
  rules: {
    'selector-class-pattern': bem(`tt-${NAME}`, 'tt-block, tt-block__element, tt-block--modifier or tt-block__element--modifier'),
    // House style: short rules on one line, related rules without blank
    // lines between them (the standard config wants one declaration a line
    // and a blank line before every rule).
    'declaration-block-single-line-max-declarations': null,
    'rule-empty-line-before': null,
    'at-rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'custom-property-empty-line-before': null,
    'declaration-empty-line-before': null,
    // min-width/max-width media features, not range syntax: the widget runs
    // on partners' pages in older browsers, and one notation reads better.
    'media-feature-range-notation': 'prefix',
    // esbuild bundles @import "./file.css".
    'import-notation': 'string',
    // The visually-hidden rule's clip reaches browsers without clip-path;
    // iOS Safari still needs -webkit-text-size-adjust.
    'property-no-deprecated': [true, { ignoreProperties: ['clip'] }],
    'property-no-vendor-prefix': [true, { ignoreProperties: ['-webkit-text-size-adjust'] }],
    // Font family names keep their capitals.
    'value-keyword-case': ['lower', { ignoreKeywords: ['Roboto', 'Arial'] }],
  },
  overrides: [
    {
      files: ['widget/**/*.css'],
      rules: {
        'selector-class-pattern': bem(`tn(?:-${NAME})?`, 'tn, tn__element, tn--modifier or tn__element--modifier'),
      },
    },
  ],
};
