//! The viewer's components: each a pure function of its props.

mod article_view;
mod edition_view;
mod headline_list;
mod load_failure;
mod related_sidebar;

pub use article_view::{ArticleView, ArticleViewProps};
pub use edition_view::{EditionView, EditionViewProps};
pub use headline_list::{HeadlineList, HeadlineListProps};
pub use load_failure::{LoadFailure, LoadFailureProps};
pub use related_sidebar::{RelatedSidebar, RelatedSidebarProps};
