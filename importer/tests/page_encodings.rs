//! Saved pages in other encodings than UTF-8, and pages whose bytes break the
//! encoding they are in: each imports with its words decoded as the page
//! declares them, or is refused with a message that names the encoding and the
//! first bad byte. Never a panic, and never text with holes in it.

use edition::Article;
use encoding_rs::{Encoding, SHIFT_JIS, WINDOWS_1251, WINDOWS_1252};
use importer::{ImportError, ImportOptions, import_page, is_html};

/// A page with `head` in its `<head>`, the headline as its title and heading,
/// and the paragraphs as its article.
fn page(head: &str, headline: &str, paragraphs: &[&str]) -> String {
    let paragraphs: String = paragraphs
        .iter()
        .map(|paragraph| format!("<p>{paragraph}</p>\n"))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head>{head}<title>{headline}</title></head>\n\
         <body><article><h1>{headline}</h1>\n{paragraphs}</article></body></html>\n"
    )
}

const FRENCH_HEADLINE: &str = "Le café du port rouvre ses portes à Marseille";
const FRENCH: [&str; 3] = [
    "Le café du vieux port a rouvert lundi, après deux années de travaux menés par la ville et une association de quartier.",
    "« Nous voulions garder l’esprit du lieu », a déclaré la gérante, qui a retrouvé les chaises d’origine dans une cave voisine.",
    "Les habitants du quartier étaient nombreux dès l’ouverture, et la terrasse affichait complet à midi, sous un soleil d’été.",
];

/// The page in `encoding`, which must be able to write all of it.
fn encoded(page: &str, encoding: &'static Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(page);
    assert!(!unmappable, "{} cannot write the page", encoding.name());
    bytes.into_owned()
}

fn imported(bytes: &[u8]) -> Article {
    assert!(is_html(bytes), "not known as a page");
    match import_page(bytes, &ImportOptions::default()) {
        Ok(imported) => imported.article,
        Err(error) => panic!("not imported: {error}"),
    }
}

/// The article's words: its headline and paragraphs, a line each.
fn words(article: &Article) -> String {
    let body: Vec<String> = serde_json::to_value(&article.body)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|block| block["text"].as_str().unwrap_or_default().to_owned())
        .collect();
    format!("{}\n{}", article.headline, body.join("\n"))
}

fn assert_reads_french(bytes: &[u8]) {
    let article = imported(bytes);
    assert_eq!(&*article.headline, FRENCH_HEADLINE);
    let words = words(&article);
    for paragraph in FRENCH {
        assert!(
            words.contains(paragraph),
            "{paragraph:?} is not in\n{words}"
        );
    }
}

#[test]
fn reads_a_page_declared_windows_1252_or_latin_1_in_either_form() {
    for head in [
        "<meta charset=\"windows-1252\">",
        "<meta charset=iso-8859-1>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
    ] {
        let bytes = encoded(&page(head, FRENCH_HEADLINE, &FRENCH), WINDOWS_1252);
        assert!(bytes.contains(&0xE9), "é is one byte in {head}");
        assert_reads_french(&bytes);
    }
}

#[test]
fn reads_pages_declared_shift_jis_and_windows_1251() {
    let japanese_headline = "港の喫茶店が二年ぶりに営業を再開";
    let japanese = [
        "港の古い喫茶店が月曜日、二年間の改装工事を終えて営業を再開した。市と地元の団体が費用を負担した。",
        "店主は「この場所の雰囲気を残したかった」と話し、近くの倉庫で見つかった当時の椅子を並べた。",
        "開店直後から近所の住民が次々と訪れ、昼にはテラス席がすべて埋まった。",
    ];
    let russian_headline = "Кафе в старом порту снова открылось после ремонта";
    let russian = [
        "Кафе в старом порту открылось в понедельник после двух лет ремонта, который оплатили город и жители.",
        "«Мы хотели сохранить дух этого места», сказала хозяйка, которая нашла старые стулья в соседнем подвале.",
        "Жители района пришли с самого утра, и к полудню на террасе не осталось свободных мест.",
    ];
    for (charset, encoding, headline, paragraphs) in [
        ("Shift_JIS", SHIFT_JIS, japanese_headline, japanese),
        ("windows-1251", WINDOWS_1251, russian_headline, russian),
    ] {
        let head = format!("<meta charset=\"{charset}\">");
        let bytes = encoded(&page(&head, headline, &paragraphs), encoding);
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "{charset} is not UTF-8"
        );
        let article = imported(&bytes);
        assert_eq!(&*article.headline, headline);
        let words = words(&article);
        for paragraph in paragraphs {
            assert!(
                words.contains(paragraph),
                "{paragraph:?} is not in\n{words}"
            );
        }
    }
}

#[test]
fn reads_utf_16_pages_and_utf_8_ones_by_their_byte_order_mark() {
    let page = page("", FRENCH_HEADLINE, &FRENCH);
    let units = page.encode_utf16();
    let little_endian: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(units.clone().flat_map(u16::to_le_bytes))
        .collect();
    let big_endian: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(units.flat_map(u16::to_be_bytes))
        .collect();
    let utf_8: Vec<u8> = b"\xEF\xBB\xBF"
        .iter()
        .chain(page.as_bytes())
        .copied()
        .collect();
    for bytes in [little_endian, big_endian, utf_8] {
        assert_reads_french(&bytes);
    }
}

#[test]
fn refuses_a_page_whose_bytes_are_not_in_its_encoding() {
    let french = page("<meta charset=\"utf-8\">", FRENCH_HEADLINE, &FRENCH);
    // The same page saved as windows-1252 while it still declares UTF-8.
    let mislabelled = encoded(&french, WINDOWS_1252);
    let first_e_acute = mislabelled.iter().position(|&byte| byte == 0xE9).unwrap();
    // Cut off inside its last character, as a download that stopped.
    let cut = &french.as_bytes()[..french.find("été").unwrap() + 4];
    let cut_at = cut.len() - 1;
    // A UTF-16 page whose last character has lost a byte.
    let mut odd: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(french.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    odd.pop();
    let odd_at = odd.len() - 1;
    for (bytes, message) in [
        (
            &mislabelled[..],
            format!(
                "the page is not valid UTF-8 (as it declares): the bytes at offset {first_e_acute} cannot be read in it"
            ),
        ),
        (
            cut,
            format!(
                "the page is not valid UTF-8 (as it declares): the bytes at offset {cut_at} cannot be read in it"
            ),
        ),
        (
            &odd[..],
            format!(
                "the page is not valid UTF-16LE (as its byte order mark says): the bytes at offset {odd_at} cannot be read in it"
            ),
        ),
    ] {
        assert_eq!(
            import_page(bytes, &ImportOptions::default()).map(|_| ()),
            Err(ImportError::Unreadable(message))
        );
    }
}

#[test]
fn a_page_with_nul_bytes_imports_without_them() {
    let with_nuls = FRENCH.map(|paragraph| paragraph.replacen(' ', " \0", 3));
    let paragraphs: Vec<&str> = with_nuls.iter().map(String::as_str).collect();
    let page = page("<meta charset=\"utf-8\">", FRENCH_HEADLINE, &paragraphs);
    let article = imported(page.as_bytes());
    let words = words(&article);
    assert!(!words.contains('\0'), "{words:?}");
    assert!(
        words.contains("Le café du vieux port a rouvert lundi"),
        "{words}"
    );
}
