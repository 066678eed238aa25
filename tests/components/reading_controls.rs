//! `ReadingControls`: the theme and the text size.

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::components::{ReadingControls, ReadingControlsProps};
use article_viewer::reading_settings::{SettingsChange, TextSize, Theme};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::support::{all, button, click, mount, one, text};

/// Props showing `theme` and `text_size`, and the changes the controls report.
fn reading_controls_props(
    theme: Theme,
    text_size: TextSize,
) -> (ReadingControlsProps, Rc<RefCell<Vec<SettingsChange>>>) {
    let changes = Rc::new(RefCell::new(Vec::new()));
    let props = ReadingControlsProps {
        theme,
        text_size,
        on_change: {
            let changes = changes.clone();
            Callback::from(move |change| changes.borrow_mut().push(change))
        },
    };
    (props, changes)
}

#[wasm_bindgen_test]
async fn show_the_current_theme_and_size_and_report_choices() {
    let (props, changes) = reading_controls_props(Theme::Sepia, TextSize::DEFAULT);
    let root = mount::<ReadingControls>(props).await;

    let buttons = all(&root, "[aria-label=Theme] button");
    let pressed: Vec<(String, String)> = buttons
        .iter()
        .map(|button| (text(button), button.get_attribute("aria-pressed").unwrap()))
        .collect();
    assert_eq!(
        pressed,
        [
            ("Auto".to_owned(), "false".to_owned()),
            ("Light".to_owned(), "false".to_owned()),
            ("Sepia".to_owned(), "true".to_owned()),
            ("Dark".to_owned(), "false".to_owned()),
        ]
    );
    assert_eq!(text(&one(&root, "output")), "100%");

    click(&buttons[3]);
    click(&button(&root, "Larger"));
    click(&button(&root, "Smaller"));
    assert_eq!(
        *changes.borrow(),
        [
            SettingsChange::Theme(Theme::Dark),
            SettingsChange::Larger,
            SettingsChange::Smaller
        ]
    );
}

#[wasm_bindgen_test]
async fn stop_at_the_ends_of_the_size_scale_without_losing_focus() {
    let (props, _) = reading_controls_props(Theme::System, TextSize::LARGEST);
    let root = mount::<ReadingControls>(props).await;

    let larger = button(&root, "Larger");
    assert_eq!(larger.get_attribute("aria-disabled").unwrap(), "true");
    assert!(!larger.has_attribute("disabled"), "still focusable");
    assert_eq!(text(&one(&root, "output")), "250%");
    assert_eq!(
        button(&root, "Smaller").get_attribute("aria-disabled"),
        None
    );
}
