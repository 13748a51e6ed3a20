// scripts/build/page.mjs: a release index.html loses its comments, never
// its markers, scripts or styles.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripComments } from '../../scripts/build/page.mjs';

test("comments go; the server's markers stay", () => {
  const html = '<head>\n  <!-- why, at length\n over lines -->\n  <!--tt:meta--><title>x</title><!--/tt:meta-->\n</head>\n<body><!--tt:app--><p>a</p><!--/tt:app--></body>';
  assert.equal(stripComments(html), '<head>\n  <!--tt:meta--><title>x</title><!--/tt:meta-->\n</head>\n<body><!--tt:app--><p>a</p><!--/tt:app--></body>');
});

test('what looks like a comment inside a script, a style or a noscript stays', () => {
  const html = '<script>const s = "<!-- not html -->";</script><style>/* <!-- */ a{}</style><noscript><!-- kept --><style>b{}</style></noscript><!-- gone -->';
  assert.equal(stripComments(html), '<script>const s = "<!-- not html -->";</script><style>/* <!-- */ a{}</style><noscript><!-- kept --><style>b{}</style></noscript>');
});

test('a marker-like comment that is not one goes', () => {
  assert.equal(stripComments('<!--tt:app extra--><!-- tt:meta -->x'), 'x');
});
