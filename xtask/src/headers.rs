//! `xtask headers DIST [--config FILE]`: writes what nginx includes for a
//! build (`DIST/nginx/*.conf`, see [`tintuc_headers::nginx`]) and prints
//! the pages' policies. The build runs it; `./tasks csp DIST` runs it again
//! after `DIST/config.json` was edited (then reload nginx).

use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: &[&str]) -> ExitCode {
    let (dist, config) = match args {
        [dist] => (PathBuf::from(dist), None),
        [dist, "--config", file] => (PathBuf::from(dist), Some(PathBuf::from(file))),
        _ => {
            eprintln!("usage: xtask headers DIST [--config FILE]");
            return ExitCode::from(2);
        }
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
            eprintln!("xtask headers: {e}");
            ExitCode::FAILURE
        }
    }
}
