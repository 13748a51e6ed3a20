//! Mutation-XSS and re-parse vectors for the differential corpus
//! (tests/sanitize_html.rs writes them into tests/fixtures/sanitized.json,
//! tests/browser.rs runs them through both sanitizers in Chromium).

pub const VECTORS: &[(&str, &str)] = &[
    ("nested noscript", "<noscript><noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript></noscript>"),
    ("noscript title", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("noscript style", "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>"),
    ("svg style", "<svg><style><img src=x onerror=alert(1)></style></svg>"),
    ("svg p style", "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"),
    ("math mtext table mglyph", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"),
    ("form math mtext mglyph style", "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>"),
    ("math mtext h1 a h6 mglyph svg", "<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title=\"</style><img src onerror=alert(1)>\"></style></h1>"),
    ("math annotation-xml", "<math><annotation-xml encoding=\"text/html\"><style><img src=x onerror=alert(1)></style></annotation-xml></math>"),
    ("svg foreignObject", "<svg><foreignObject><p>x</p><img src=x onerror=alert(1)></foreignObject></svg><p>after</p>"),
    ("svg p breaks out", "<svg><p>out of svg</p><img src=\"/a.jpg\"></svg>"),
    ("math mi img", "<math><mi><img src=\"/m.jpg\"></mi></math><p>after</p>"),
    ("comment close early", "<!--><img src=x onerror=alert(1)>-->"),
    ("comment bang", "<!-- --!><img src=x onerror=alert(1)> -->"),
    ("comment in attribute", "<p title=\"<!--\">a</p><p title=\"-->\">b</p>"),
    ("cdata in html", "<![CDATA[<img src=x onerror=alert(1)>]]>"),
    ("cdata in svg", "<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg><p>after</p>"),
    ("cdata in math", "<math><![CDATA[</math><img src=x onerror=alert(1)>]]></math>"),
    ("processing instruction", "<?xml version=\"1.0\"?><p>x</p><? <img src=x onerror=alert(1)> ?>"),
    ("textarea", "<textarea><img src=x onerror=alert(1)></textarea><p>after</p>"),
    ("title", "<title><img src=x onerror=alert(1)></title><p>after</p>"),
    ("xmp", "<xmp><img src=x onerror=alert(1)></xmp><p>after</p>"),
    ("iframe", "<iframe><img src=x onerror=alert(1)></iframe><p>after</p>"),
    ("noembed", "<noembed><img src=x onerror=alert(1)></noembed><p>after</p>"),
    ("noframes", "<noframes><img src=x onerror=alert(1)></noframes><p>after</p>"),
    ("plaintext", "<p>before</p><plaintext><img src=x onerror=alert(1)></plaintext>"),
    ("style", "<style><img src=x onerror=alert(1)></style><p>after</p>"),
    ("escaped markup in text", "<p>&lt;img src=x onerror=alert(1)&gt; &amp;lt;script&amp;gt;</p>"),
    ("markup in attribute", "<a href=\"/x\" title='\"><img src=x onerror=alert(1)>'>x</a><p title=\"&lt;/p&gt;&lt;img src=x onerror=alert(1)&gt;\">y</p>"),
    ("select", "<select><option><p>x</p><img src=x onerror=alert(1)></option></select><p>after</p>"),
    ("select in p", "<p>a<select><option>b</select>c</p>"),
    ("template", "<template><img src=x onerror=alert(1)></template><p>after</p>"),
    ("template in photo table", "<table><tr><td><img src=\"/a.jpg\"><template><img src=\"/b.jpg\"></template></td></tr><tr><td>chú thích</td></tr></table>"),
    ("svg cells in a photo table", "<table><tr><td><img src=\"/a.jpg\"></td></tr><tr><td>chú thích<svg><td>ô svg</td></svg></td></tr></table><table><tr><td><img src=\"/b.jpg\"></td><td>x<math><td>1</td><td>2</td></math></td></tr></table>"),
    ("p in table", "<table><p>text</p><tr><td>x</td></tr></table>"),
    ("end p in table", "<table></p><tr><td>x</td></tr></table>"),
    ("text in row", "<table><tr>text<td>x</td></tr></table>"),
    ("whitespace in table", "<table> <tbody> <tr> <td>x</td> </tr> </tbody> </table>"),
    ("table in p (quirks)", "<p>a<table><tr><td>x</td></tr></table>b</p>"),
    ("table in p (no quirks)", "<!DOCTYPE html><p>a<table><tr><td>x</td></tr></table>b</p>"),
    ("photo table in p", "<p>a<table><tr><td><img src=\"/a.jpg\"></td></tr><tr><td>chú thích</td></tr></table>b</p>"),
    ("div in p", "<p>a<div>b</div>c</p>"),
    ("li in li", "<ul><li>a<section><li>b</li></section></li></ul>"),
    ("li in center in li", "<li>a<center><li>b</li></center></li>"),
    ("dd in dt", "<dl><dt>a<section><dd>b</dd></section></dt></dl>"),
    ("a in a through a photo table", "<a href=\"/x\">a<table><tr><td><img src=\"/p.jpg\"><a href=\"/y\">y</a></td></tr></table></a>"),
    ("a in a in a cell", "<a href=\"/x\"><table><tr><td><a href=\"/y\">y</a></td></tr></table></a>"),
    ("heading in heading", "<h2><font><h3>x</h3></font></h2>"),
    ("misnested formatting", "<b><p>x</b>y</p><i>a<p>b</i>c</p>"),
    ("adoption agency", "<a href=\"/1\">1<div>2<a href=\"/3\">3</a></div></a>"),
    ("pre newline", "<pre>\n\nx</pre><pre><font>\ny</font></pre>"),
    ("carriage return and nul", "<p title=\"a&#13;b\">c&#13;d&#0;e\r\nf</p>"),
    ("td outside table", "<td>x</td><tr><td>y</td></tr><caption>z</caption>"),
    ("frameset", "<frameset><frame src=\"x\"></frameset>"),
    ("after body", "<body><p>x</p></body><p>after body</p></html><p>after html</p>"),
    ("url spellings", "<a href=\"&#x2028;javascript:alert(1)\">a</a><a href=\"&#xA0;javascript:alert(1)\">b</a><a href=\"&#x1;https://hanoi.gov.vn/x&#x1F;\">c</a><a href=\"java&#9;script:alert(1)\">d</a>"),
    ("url forms", "<a href=\"HTTPS://EXAMPLE.com:443/%7e/ä?x y#z\">a</a><img src=\"http://anh.example:443/a.jpg\"><img src=\"//münchen.example/a.jpg\"><a href=\"https://ex ample.com\">b</a><a href=\"mailto:a@b.vn?subject=x y\">c</a><a href=\"../../x\">d</a>"),
    ("url paths", "<a href=\"https://a.example/p|q^r{s}t`u\\v w\">a</a><a href=\"https://a.example/?a='b'&c=\\\"d\\\"<e>\">b</a><a href=\"https://a.example/#frag ment \\\"q\\\" <x>\">c</a><a href=\"https://a.example/%zz%41\">d</a><a href=\"https:\\\\a.example\\x\">e</a><a href=\"http://a.example/./../b/../c\">f</a>"),
    ("url hosts", "<a href=\"https://user:pa ss@a.example/\">a</a><a href=\"https://1.2.3.4/\">b</a><a href=\"https://0x7f.1/\">c</a><a href=\"https://[::1]:8080/\">d</a><a href=\"https://a.example:0080/\">e</a><a href=\"https://A.EXAMPLE./\">f</a><a href=\"https://xn--.example/\">g</a><a href=\"https://a_b.example/\">h</a><a href=\"https://a*b.example/\">i</a><a href=\"https://ĐÀ-NẴNG.vn/\">j</a><a href=\"https://a.example:99999/\">k</a><a href=\"https://%61.example/\">l</a>"),
    ("url relative", "<a href=\"//b.example/x\">a</a><a href=\"?q=1\">b</a><a href=\"#top\">c</a><a href=\"\">d</a><a href=\"  \">e</a><img src=\"a b.jpg\"><img src=\"../../../a.jpg?x#y\"><a href=\"MAILTO:A@B.VN\">f</a><a href=\"mailto:\">g</a>"),
    ("annotation-xml encodings", "<math><annotation-xml encoding=\"TEXT/HTML\"><p>a</p><style><img src=x onerror=alert(1)></style></annotation-xml></math><math><annotation-xml encoding=\"application/xhtml+xml\"><style><img src=x onerror=alert(2)></style></annotation-xml></math><math><annotation-xml><style><img src=\"/ok.jpg\"></style></annotation-xml></math>"),
    ("sizes", "<img src=\"/a.jpg\" width=\"0100\" style=\"width:50px;height:20px\"><img src=\"/b.jpg\" height=\"20px\">"),
    ("clobbering form", "<p>a</p><form><input name=\"firstChild\"><input name=\"nextSibling\"><input name=\"localName\"><input name=\"attributes\"></form><p>b</p>"),
    ("clobbering document", "<img name=\"body\" src=\"/a.jpg\"><form name=\"body\"></form><p>after</p>"),
];

/// Vectors built by code: nesting at and around the sanitizer's depth limit,
/// and past Chromium's parser depth limit (512).
pub fn generated() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for n in 44..=49 {
        out.push((
            format!("table at depth {n}"),
            "<div>".repeat(n) + "<table><tr><td>x</td><td>y</td></tr></table><ul><li>z</li></ul>",
        ));
    }
    for n in [600, 5000] {
        out.push((
            format!("{n} nested divs"),
            "<div>".repeat(n) + "sâu" + &"</div>".repeat(n) + "<p>sau</p>",
        ));
    }
    out.push((
        "600 nested spans and tables".into(),
        "<span><table><tr><td>".repeat(200) + "sâu",
    ));
    out
}
