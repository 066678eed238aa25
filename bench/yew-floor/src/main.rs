//! A counter: state, an event listener and hydration, the least a Yew page that
//! does anything at all holds.
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <button {onclick}>{ *count }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().hydrate();
}
