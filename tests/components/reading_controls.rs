//! `ReadingControls`: the theme and the text size.

use std::cell::RefCell;
use std::rc::Rc;

use article_viewer::components::{ReadingControls, ReadingControlsProps};
use article_viewer::reading_settings::{SettingsChange, TextSize, Theme};
use wasm_bindgen_test::wasm_bindgen_test;
use yew::Callback;

use crate::support::{all, button, click, focus, focused, mount, next_task, one, press, text};

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

#[wasm_bindgen_test]
async fn sit_behind_one_control_shown_once_the_program_runs() {
    let (props, _) = reading_controls_props(Theme::System, TextSize::DEFAULT);
    let root = mount::<ReadingControls>(props).await;

    let details = one(&root, "details.reading-controls");
    assert!(!details.has_attribute("open"), "closed at first");
    assert!(
        !details.class_list().contains("is-waiting"),
        "shown once the program runs"
    );
    let summary = one(&details, ":scope > summary");
    assert_eq!(text(&summary), "AaReading settings");
    assert_eq!(
        one(&summary, "[aria-hidden=true]").text_content().unwrap(),
        "Aa",
        "the glyph is not read out"
    );
    assert_eq!(all(&details, "[aria-label=Theme] button").len(), 4);
}

#[wasm_bindgen_test]
async fn close_on_escape_and_give_focus_back_to_the_control() {
    let (props, changes) = reading_controls_props(Theme::System, TextSize::DEFAULT);
    let root = mount::<ReadingControls>(props).await;
    let details = one(&root, "details");
    let summary = one(&details, "summary");

    click(&summary);
    assert!(details.has_attribute("open"), "the control opens the panel");
    let dark = button(&root, "Dark");
    focus(&dark);
    click(&dark);
    assert!(details.has_attribute("open"), "a choice keeps it open");
    press("Escape");
    assert!(!details.has_attribute("open"), "Escape closes it");
    assert!(
        focused().is_same_node(Some(&summary)),
        "focus is back on the control"
    );
    assert_eq!(*changes.borrow(), [SettingsChange::Theme(Theme::Dark)]);

    // A press outside the open panel closes it; its toggle event arrives as a task.
    click(&summary);
    next_task().await;
    let outside = web_sys::PointerEvent::new_with_event_init_dict("pointerdown", &{
        let init = web_sys::PointerEventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .body()
        .unwrap()
        .dispatch_event(&outside)
        .unwrap();
    assert!(!details.has_attribute("open"), "a press outside closes it");
}

#[wasm_bindgen_test]
async fn arrows_move_along_the_themes_in_reading_order() {
    let (props, _) = reading_controls_props(Theme::System, TextSize::DEFAULT);
    let root = mount::<ReadingControls>(props).await;
    click(&one(&root, "summary"));
    focus(&button(&root, "Auto"));
    press("ArrowRight");
    assert_eq!(text(&focused()), "Light");
    press("ArrowRight");
    press("ArrowRight");
    press("ArrowRight");
    assert_eq!(text(&focused()), "Dark", "stays at the end");
    press("ArrowLeft");
    assert_eq!(text(&focused()), "Sepia");
}
