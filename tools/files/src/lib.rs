//! Reading text files and writing them whole or not at all.

use std::fs;
use std::io::{self, Read, Write};
use std::path::Path;

use tempfile::NamedTempFile;

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
pub fn write_atomically(path: &Path, contents: &str) -> Result<(), String> {
    let name = path.display();
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    let mut file = NamedTempFile::new_in(folder)
        .map_err(|error| format!("{name}: cannot write next to the file: {error}"))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.as_file().sync_all())
        .map_err(|error| format!("{name}: cannot write the file: {error}"))?;
    file.persist(path)
        .map_err(|error| format!("{name}: cannot replace the file: {}", error.error))?;
    Ok(())
}
