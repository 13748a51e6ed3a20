//! Plain text of WordPress's rendered HTML (titles, excerpts, category
//! names): tags dropped, entities decoded, whitespace collapsed.

/// Plain text of rendered HTML (titles, excerpts): tags dropped, entities
/// decoded, whitespace collapsed. Pure, so it is tested natively and works
/// the same everywhere.
pub fn html_to_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        text.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            match rest.find('>') {
                Some(end) => {
                    text.push(' ');
                    rest = &rest[end + 1..];
                }
                None => rest = "",
            }
        } else {
            // Entities are short: looking further for the `;` would make a
            // title full of bare `&` quadratic.
            let end = rest.bytes().take(13).skip(1).position(|b| b == b';').map(|p| p + 1);
            match end.and_then(|e| entity(&rest[1..e]).map(|c| (e, c))) {
                Some((e, c)) => {
                    text.push(c);
                    rest = &rest[e + 1..];
                }
                None => {
                    text.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    text.push_str(rest);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One entity, without `&` and `;`.
fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "igrave" => 'ì',
        "iacute" => 'í',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "yacute" => 'ý',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Ecirc" => 'Ê',
        "Ocirc" => 'Ô',
        "Eacute" => 'É',
        _ => return None,
    })
}
