//! `$filter` and `$orderby` expressions that the compiler checks against the docs.
//!
//! The generated `…Filter` and `…OrderBy` types (`lcw_client::beta::filters::RunFilter`) give
//! one [`Property`] per property the docs say supports `$filter` or `$orderby`; each property's
//! marker type implements the operator traits of [`ops`] the docs list for it, so
//! `RunFilter::completed_date_time().gt(t)` compiles only when the docs allow `gt` there.
//! Values are written as OData literals: strings quoted with `'` doubled, dates and numbers
//! bare, enum members as quoted strings.

use std::fmt::Write as _;
use std::marker::PhantomData;

/// A `$filter` expression over items of type `T`.
pub struct Filter<T> {
    text: String,
    _item: PhantomData<fn() -> T>,
}

impl<T> Filter<T> {
    /// An expression written by hand, sent as is: the escape hatch for what the builders do not
    /// cover.
    pub fn raw(text: impl Into<String>) -> Self {
        Filter {
            text: text.into(),
            _item: PhantomData,
        }
    }

    /// `(self) and (other)`.
    pub fn and(self, other: Filter<T>) -> Self {
        Filter::raw(format!("({}) and ({})", self.text, other.text))
    }

    /// `(self) or (other)`.
    pub fn or(self, other: Filter<T>) -> Self {
        Filter::raw(format!("({}) or ({})", self.text, other.text))
    }

    /// The expression as sent.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<T> std::fmt::Debug for Filter<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Filter").field(&self.text).finish()
    }
}

impl<T> Clone for Filter<T> {
    fn clone(&self) -> Self {
        Filter::raw(self.text.clone())
    }
}

/// One property of `T` whose values are of type `V`; `P` is its generated marker type, which
/// carries the operators the docs allow.
pub struct Property<T, V, P> {
    name: &'static str,
    _marker: PhantomData<Marker<T, V, P>>,
}

/// Ties a property to its owner, value and operator types without owning any of them.
type Marker<T, V, P> = fn() -> (T, V, P);

impl<T, V, P> Property<T, V, P> {
    /// The property with this wire name. Used by the generated code.
    #[doc(hidden)]
    pub const fn new(name: &'static str) -> Self {
        Property {
            name,
            _marker: PhantomData,
        }
    }

    /// Its wire name.
    pub fn name(&self) -> &'static str {
        self.name
    }

    fn compare(self, op: &str, value: &V) -> Filter<T>
    where
        V: Literal,
    {
        let mut text = format!("{} {op} ", self.name);
        value.write_literal(&mut text);
        Filter::raw(text)
    }
}

/// The operators the docs may allow on a property. Each is implemented by the marker types of
/// the properties that allow it.
pub mod ops {
    /// `eq`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `eq` on `{Self}`")]
    pub trait Eq {}
    /// `ne`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `ne` on `{Self}`")]
    pub trait Ne {}
    /// `lt`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `lt` on `{Self}`")]
    pub trait Lt {}
    /// `le`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `le` on `{Self}`")]
    pub trait Le {}
    /// `gt`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `gt` on `{Self}`")]
    pub trait Gt {}
    /// `ge`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `ge` on `{Self}`")]
    pub trait Ge {}
    /// `in`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `in` on `{Self}`")]
    pub trait In {}
    /// `has` (flags enums).
    #[diagnostic::on_unimplemented(message = "the docs do not allow `has` on `{Self}`")]
    pub trait Has {}
    /// `startsWith`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `startsWith` on `{Self}`")]
    pub trait StartsWith {}
    /// `$orderby`.
    #[diagnostic::on_unimplemented(message = "the docs do not allow `$orderby` on `{Self}`")]
    pub trait OrderBy {}
}

macro_rules! comparisons {
    ($($(#[$doc:meta])* $method:ident => $op:literal, $bound:ident;)*) => {
        impl<T, V: Literal, P> Property<T, V, P> {
            $(
                $(#[$doc])*
                pub fn $method(self, value: impl Into<V>) -> Filter<T>
                where
                    P: ops::$bound,
                {
                    self.compare($op, &value.into())
                }
            )*
        }
    };
}

comparisons! {
    /// `name eq value`.
    eq => "eq", Eq;
    /// `name ne value`.
    ne => "ne", Ne;
    /// `name lt value`.
    lt => "lt", Lt;
    /// `name le value`.
    le => "le", Le;
    /// `name gt value`.
    gt => "gt", Gt;
    /// `name ge value`.
    ge => "ge", Ge;
    /// `name has value` (a member of a flags enum).
    has => "has", Has;
}

impl<T, V: Literal, P> Property<T, V, P> {
    /// `name in (a, b, ...)`.
    pub fn is_in<I>(self, values: I) -> Filter<T>
    where
        P: ops::In,
        I: IntoIterator,
        I::Item: Into<V>,
    {
        let mut text = format!("{} in (", self.name);
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                text.push_str(", ");
            }
            value.into().write_literal(&mut text);
        }
        text.push(')');
        Filter::raw(text)
    }

    /// `startsWith(name, prefix)`.
    pub fn starts_with(self, prefix: impl Into<V>) -> Filter<T>
    where
        P: ops::StartsWith,
    {
        let mut text = format!("startsWith({}, ", self.name);
        prefix.into().write_literal(&mut text);
        text.push(')');
        Filter::raw(text)
    }

    /// Ascending order by this property.
    pub fn asc(self) -> OrderBy<T>
    where
        P: ops::OrderBy,
    {
        OrderBy::raw(self.name)
    }

    /// Descending order by this property.
    pub fn desc(self) -> OrderBy<T>
    where
        P: ops::OrderBy,
    {
        OrderBy::raw(format!("{} desc", self.name))
    }
}

/// An `$orderby` clause over items of type `T`: one or more properties, each ascending or
/// descending.
pub struct OrderBy<T> {
    text: String,
    _item: PhantomData<fn() -> T>,
}

impl<T> OrderBy<T> {
    /// A clause written by hand, sent as is.
    pub fn raw(text: impl Into<String>) -> Self {
        OrderBy {
            text: text.into(),
            _item: PhantomData,
        }
    }

    /// Orders by `next` where `self` ties.
    pub fn then(self, next: OrderBy<T>) -> Self {
        OrderBy::raw(format!("{},{}", self.text, next.text))
    }

    /// The clause as sent.
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl<T> std::fmt::Debug for OrderBy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("OrderBy").field(&self.text).finish()
    }
}

/// A value written as an OData literal in a `$filter` expression.
pub trait Literal {
    /// Appends the literal to `out`.
    fn write_literal(&self, out: &mut String);
}

/// A string literal: in quotes, with each quote doubled.
pub(crate) fn write_quoted(text: &str, out: &mut String) {
    out.push('\'');
    for c in text.chars() {
        if c == '\'' {
            out.push('\'');
        }
        out.push(c);
    }
    out.push('\'');
}

impl Literal for String {
    fn write_literal(&self, out: &mut String) {
        write_quoted(self, out);
    }
}

impl Literal for bool {
    fn write_literal(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! display_literals {
    ($($ty:ty),*) => {$(
        impl Literal for $ty {
            fn write_literal(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

display_literals!(i32, i64, u8, i16, f64);

impl Literal for lcw_models::Int64 {
    fn write_literal(&self, out: &mut String) {
        let _ = write!(out, "{}", self.get());
    }
}

impl Literal for lcw_models::Guid {
    fn write_literal(&self, out: &mut String) {
        let _ = write!(out, "{}", self.to_uuid().hyphenated());
    }
}

impl Literal for lcw_models::Timestamp {
    fn write_literal(&self, out: &mut String) {
        out.push_str(&self.text());
    }
}

impl Literal for lcw_models::Date {
    fn write_literal(&self, out: &mut String) {
        let _ = write!(out, "{}", self.to_jiff());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Run;
    struct Name;
    impl ops::Eq for Name {}
    impl ops::In for Name {}
    impl ops::StartsWith for Name {}
    impl ops::OrderBy for Name {}
    struct When;
    impl ops::Gt for When {}

    #[test]
    fn literals_are_escaped_and_formatted() {
        let name = || Property::<Run, String, Name>::new("displayName");
        assert_eq!(name().eq("O'Brien").as_str(), "displayName eq 'O''Brien'");
        assert_eq!(
            name().is_in(["a", "b"]).as_str(),
            "displayName in ('a', 'b')"
        );
        assert_eq!(
            name().starts_with("x").as_str(),
            "startsWith(displayName, 'x')"
        );
        let when = Property::<Run, lcw_models::Timestamp, When>::new("completedDateTime");
        let t = lcw_models::Timestamp::parse("2026-01-02T03:04:05Z").expect("timestamp");
        assert_eq!(
            when.gt(t).as_str(),
            "completedDateTime gt 2026-01-02T03:04:05Z"
        );
        let both = name().eq("a").and(name().eq("b")).or(Filter::raw("x"));
        assert_eq!(
            both.as_str(),
            "((displayName eq 'a') and (displayName eq 'b')) or (x)"
        );
        assert_eq!(
            name().desc().then(name().asc()).as_str(),
            "displayName desc,displayName"
        );
    }
}
