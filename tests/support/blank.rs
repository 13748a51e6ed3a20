//! What the CMS leaves as blank space, and what the sanitizer makes of it
//! (issue #23: on a phone, empty paragraphs added ~100 px around each
//! photo). tests/sanitize_html.rs asserts the server's output and writes
//! the cases into the golden corpus, which tests/browser.rs holds the
//! browser's sanitizer to in Chromium: both sides, one list.

/// Name, input, the server's output.
pub const CASES: &[(&str, &str, &str)] = &[
    ("nbsp paragraph between photos", "<p>Một</p><p>&nbsp;</p><p><img src=\"/a.jpg\" alt=\"\"></p><p>&nbsp;</p><p>Hai</p>",
     "<p>Một</p><p><img alt=\"\" src=\"https://cms.example/a.jpg\" fetchpriority=\"high\" decoding=\"async\"></p><p>Hai</p>"),
    ("paragraphs of breaks, spaces and zero-width characters", "<p><br></p><p> </p><p>\u{200b}&#xfeff;</p><p><strong>&nbsp;</strong></p><div>&nbsp;<br></div><p>Chữ</p>",
     "<p>Chữ</p>"),
    ("a run of breaks keeps one blank line", "<p>Dòng một<br><br><br><br>Dòng hai<br>Dòng ba</p>",
     "<p>Dòng một<br><br>Dòng hai<br>Dòng ba</p>"),
    ("breaks at a block's start or after a block go", "<p><br><br>Chữ</p><div><p>Đoạn</p><br>Sau</div>",
     "<p>Chữ</p><div><p>Đoạn</p>Sau</div>"),
    ("a break after an image or inline text stays", "<p><img src=\"/b.jpg\" alt=\"\"><br><em>Ảnh</em><br>Chú thích</p>",
     "<p><img alt=\"\" src=\"https://cms.example/b.jpg\" fetchpriority=\"high\" decoding=\"async\"><br><em>Ảnh</em><br>Chú thích</p>"),
    ("blank cells and list items stay (a table's shape, a list's count)", "<table><tr><td>&nbsp;</td><td>x</td></tr></table><ul><li>&nbsp;</li></ul>",
     "<table><tbody><tr><td>&nbsp;</td><td>x</td></tr></tbody></table><ul><li>&nbsp;</li></ul>"),
    ("a paragraph with text in a link stays", "<p><a href=\"https://example.org/\">Liên kết</a></p>",
     "<p><a href=\"https://example.org/\" rel=\"noopener noreferrer\" target=\"_blank\">Liên kết</a></p>"),
];
