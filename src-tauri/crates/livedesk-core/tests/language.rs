//! The window's language choice is remembered: `set_language` saves it and the next start's
//! `apply_saved_language` speaks it again. The language is the process's, so this test is a
//! binary of its own (no other test sees it change) and ends in English.

use std::sync::Arc;

use livedesk_core::accounts::{MemorySecretStore, MemorySettingsStore, SettingsStore};
use livedesk_core::Engine;
use livedesk_i18n::{t, Lang};

#[tokio::test]
async fn the_chosen_language_is_saved_and_spoken_again_at_the_next_start() {
    let settings: Arc<MemorySettingsStore> = Arc::default();
    let secrets: Arc<MemorySecretStore> = Arc::default();
    let english = t!("core-already-sending");

    let first = Engine::new(settings.clone(), secrets.clone());
    first.set_language(Lang::Ko).await.unwrap();
    assert_eq!(livedesk_i18n::language(), Lang::Ko);
    assert_eq!(settings.get("language"), Some(serde_json::json!("ko")));
    let korean = t!("core-already-sending");
    assert_ne!(korean, english);
    assert_eq!(
        korean,
        livedesk_i18n::tr_in(Lang::Ko, "core-already-sending", &[])
    );

    // Another process would start in English; the saved choice brings Korean back.
    livedesk_i18n::set_language(Lang::En);
    let next = Engine::new(settings.clone(), secrets.clone());
    assert_eq!(next.apply_saved_language(), Lang::Ko);
    assert_eq!(livedesk_i18n::language(), Lang::Ko);
    assert_eq!(t!("core-already-sending"), korean);
    let info = next.first_screen_now().info;
    assert_eq!(info.language, Lang::Ko);

    next.set_language(Lang::ZhHant).await.unwrap();
    let again = Engine::new(settings, secrets);
    livedesk_i18n::set_language(Lang::En);
    assert_eq!(again.apply_saved_language(), Lang::ZhHant);

    livedesk_i18n::set_language(Lang::En);
    assert_eq!(t!("core-already-sending"), english);
}
