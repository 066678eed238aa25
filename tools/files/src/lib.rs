//! Reading input files and writing output files whole or not at all, for
//! `edition-tool` and the site build alike.

use std::fs::{self, Permissions};
use std::io::{self, Read, Write};
use std::path::Path;

use tempfile::Builder;

/// Reads `path` (or standard input for `-`). The error names the file.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, String> {
    let name = path.display();
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|error| format!("{name}: cannot read standard input: {error}"))?;
        Ok(bytes)
    } else {
        fs::read(path).map_err(|error| format!("{name}: cannot read the file: {error}"))
    }
}

/// Reads `path` (or standard input for `-`) as UTF-8 text. The error names the
/// file and, for text that is not UTF-8, where the first bad byte is.
pub fn read_text(path: &Path) -> Result<String, String> {
    let name = path.display();
    String::from_utf8(read_bytes(path)?).map_err(|error| {
        format!(
            "{name}: not UTF-8 text: the bytes at offset {} are not valid UTF-8",
            error.utf8_error().valid_up_to()
        )
    })
}

/// Writes `contents` to `path` through a temporary file in the same folder, renamed
/// over `path` once it is complete: a failure leaves the old file as it was.
///
/// The file gets the permissions the old one had, or those a plain write gives a
/// new file: a temporary file is readable by its owner only, and a site's pages
/// written that way could not be served by a web server running as someone else.
pub fn write_atomically(path: &Path, contents: &str) -> Result<(), String> {
    let name = path.display();
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut builder = Builder::new();
    if let Some(permissions) = permissions_for(path) {
        builder.permissions(permissions);
    }
    let mut file = builder
        .tempfile_in(folder)
        .map_err(|error| format!("{name}: cannot write next to the file: {error}"))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|error| format!("{name}: cannot write the file: {error}"))?;
    file.persist(path)
        .map_err(|error| format!("{name}: cannot replace the file: {}", error.error))?;
    Ok(())
}

/// The permissions of the file at `path`, or for a new file those that
/// `fs::write` would give it (read and write for all, less the umask).
fn permissions_for(path: &Path) -> Option<Permissions> {
    if let Ok(metadata) = fs::metadata(path) {
        return Some(metadata.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(Permissions::from_mode(0o666))
    }
    #[cfg(not(unix))]
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_a_file_whole_and_keeps_its_permissions() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("page.html");
        fs::write(&path, "old").unwrap();
        let before = fs::metadata(&path).unwrap().permissions();
        write_atomically(&path, "new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::metadata(&path).unwrap().permissions(), before);
        assert_eq!(
            fs::read_dir(folder.path()).unwrap().count(),
            1,
            "no temporary file is left behind"
        );
    }

    #[test]
    fn gives_a_new_file_the_permissions_of_a_plain_write() {
        let folder = tempfile::tempdir().unwrap();
        let plain = folder.path().join("plain.json");
        fs::write(&plain, "{}").unwrap();
        let written = folder.path().join("written.json");
        write_atomically(&written, "{}").unwrap();
        assert_eq!(
            fs::metadata(&written).unwrap().permissions(),
            fs::metadata(&plain).unwrap().permissions()
        );
    }

    #[test]
    fn names_the_file_it_cannot_write() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("missing-folder/edition.json");
        let error = write_atomically(&path, "{}").unwrap_err();
        assert!(
            error.starts_with(&format!(
                "{}: cannot write next to the file:",
                path.display()
            )),
            "{error}"
        );
    }
}
