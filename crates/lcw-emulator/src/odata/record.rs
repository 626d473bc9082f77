//! One served object: its JSON as callers see it, with and without members documented after
//! the `unknownFutureValue` sentinel, and its serialized text ready to copy into answers.

use serde_json::{Map, Value};

/// A JSON object in both enum views, pre-serialized.
#[derive(Debug, Clone)]
pub struct Record {
    full: View,
    /// The view with later-than-sentinel members replaced; `None` when it equals `full`.
    hidden: Option<View>,
}

#[derive(Debug, Clone)]
struct View {
    object: Map<String, Value>,
    text: Box<str>,
}

impl View {
    fn new(object: Map<String, Value>) -> Self {
        let text = serde_json::to_string(&object)
            .unwrap_or_else(|_| "{}".into())
            .into_boxed_str();
        Self { object, text }
    }
}

impl Record {
    /// A record from its full object and, if it differs, the view without future enum members.
    pub fn new(full: Map<String, Value>, hidden: Option<Map<String, Value>>) -> Self {
        let hidden = hidden.filter(|h| *h != full).map(View::new);
        Self {
            full: View::new(full),
            hidden,
        }
    }

    /// The object as a caller sees it.
    pub fn object(&self, include_future: bool) -> &Map<String, Value> {
        &self.view(include_future).object
    }

    /// Its JSON text, as a caller sees it.
    pub fn text(&self, include_future: bool) -> &str {
        &self.view(include_future).text
    }

    /// The full object (what the store keeps for writes).
    #[cfg(test)]
    pub fn full_object(&self) -> &Map<String, Value> {
        &self.full.object
    }

    fn view(&self, include_future: bool) -> &View {
        match (&self.hidden, include_future) {
            (Some(hidden), false) => hidden,
            _ => &self.full,
        }
    }
}
