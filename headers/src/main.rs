//! `tintuc-headers DIST [--config FILE]`: writes what nginx includes for a
//! build (`DIST/nginx/*.conf`, see [`tintuc_headers::nginx`]) and prints
//! the pages' policies. The build runs it; run it again after editing
//! `DIST/config.json` (`./tasks csp DIST`), then reload nginx.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut dist, mut config) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => config = args.next().map(PathBuf::from),
            "-h" | "--help" => dist = None,
            _ if dist.is_none() && !a.starts_with('-') => dist = Some(PathBuf::from(a)),
            _ => {
                eprintln!("tintuc-headers: unknown argument {a}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dist) = dist else {
        eprintln!("usage: tintuc-headers DIST [--config FILE]");
        return ExitCode::from(2);
    };
    match tintuc_headers::nginx::write(&dist, config.as_deref()) {
        Ok(p) => {
            println!("Content-Security-Policy of the reader's pages:\n  {}", p.reader);
            println!(
                "Content-Security-Policy of the iframe embed page ({}):\n  {}",
                tintuc_headers::EMBED_PAGE,
                p.embed
            );
            println!(
                "written to {}/: reload nginx to apply them",
                dist.join(tintuc_headers::nginx::DIR).display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tintuc-headers: {e}");
            ExitCode::FAILURE
        }
    }
}
