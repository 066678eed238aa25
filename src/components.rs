//! The viewer's components: each a pure function of its props.

mod article_link;
mod article_view;
mod edition_view;
mod headline_list;
mod lead_photo;
mod load_failure;
mod masthead;
mod not_found;
mod reading_controls;
mod related_sidebar;

pub use article_link::{ArticleLink, ArticleLinkProps};
pub use article_view::{ArticleView, ArticleViewProps};
pub(crate) use edition_view::MAIN_COLUMN_CLASS;
pub use edition_view::{EditionView, EditionViewProps, Page};
pub(crate) use headline_list::FILTER_INPUT_CLASS;
pub use headline_list::{
    HEADLINES_AT_ONCE, HeadlineList, HeadlineListProps, Listing, ListingStatus,
};
pub use lead_photo::{LeadPhoto, LeadPhotoProps};
pub use load_failure::{LoadFailure, LoadFailureProps};
pub use masthead::{Masthead, MastheadProps};
pub use not_found::{NotFound, NotFoundProps};
pub use reading_controls::{ReadingControls, ReadingControlsProps};
pub use related_sidebar::{RelatedSidebar, RelatedSidebarProps};
