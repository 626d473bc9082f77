// Generated from docs-src/api-reference/v1.0/resources/signinactivity.md by `cargo xtask regenerate`. Do not edit.
/// When a user last signed in, interactively, non-interactively, and successfully.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SignInActivity {
    /// Last non-interactive sign-in attempt, such as a client using a token on the user's behalf; successful or not.
    pub last_non_interactive_sign_in_date_time: crate::Nullable<crate::Timestamp>,
    /// Request identifier of that non-interactive sign-in.
    pub last_non_interactive_sign_in_request_id: crate::Nullable<String>,
    /// Last interactive sign-in attempt, successful or not.
    pub last_sign_in_date_time: crate::Nullable<crate::Timestamp>,
    /// Request identifier of that interactive sign-in.
    pub last_sign_in_request_id: crate::Nullable<String>,
    /// Last successful sign-in, interactive or not.
    pub last_successful_sign_in_date_time: crate::Nullable<crate::Timestamp>,
    /// Request identifier of that successful sign-in.
    pub last_successful_sign_in_request_id: crate::Nullable<String>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SignInActivity {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> SignInActivityBuilder {
        <SignInActivityBuilder as Default>::default()
    }
}

/// Builds a [`SignInActivity`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct SignInActivityBuilder {
    inner: SignInActivity,
}

impl SignInActivityBuilder {
    /// Sets `lastNonInteractiveSignInDateTime`.
    ///
    /// Last non-interactive sign-in attempt, such as a client using a token on the user's behalf; successful or not.
    pub fn last_non_interactive_sign_in_date_time(
        mut self,
        value: impl Into<crate::Timestamp>,
    ) -> Self {
        self.inner.last_non_interactive_sign_in_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastNonInteractiveSignInDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Last non-interactive sign-in attempt, such as a client using a token on the user's behalf; successful or not.
    pub fn set_last_non_interactive_sign_in_date_time(
        mut self,
        value: Option<crate::Timestamp>,
    ) -> Self {
        self.inner.last_non_interactive_sign_in_date_time = value.into();
        self
    }
    /// Sends `lastNonInteractiveSignInDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Last non-interactive sign-in attempt, such as a client using a token on the user's behalf; successful or not.
    pub fn null_last_non_interactive_sign_in_date_time(mut self) -> Self {
        self.inner.last_non_interactive_sign_in_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `lastNonInteractiveSignInRequestId`.
    ///
    /// Request identifier of that non-interactive sign-in.
    pub fn last_non_interactive_sign_in_request_id(mut self, value: impl Into<String>) -> Self {
        self.inner.last_non_interactive_sign_in_request_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastNonInteractiveSignInRequestId` to a value, or leaves it out of the body with `None`.
    ///
    /// Request identifier of that non-interactive sign-in.
    pub fn set_last_non_interactive_sign_in_request_id(mut self, value: Option<String>) -> Self {
        self.inner.last_non_interactive_sign_in_request_id = value.into();
        self
    }
    /// Sends `lastNonInteractiveSignInRequestId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Request identifier of that non-interactive sign-in.
    pub fn null_last_non_interactive_sign_in_request_id(mut self) -> Self {
        self.inner.last_non_interactive_sign_in_request_id = crate::Nullable::Null;
        self
    }
    /// Sets `lastSignInDateTime`.
    ///
    /// Last interactive sign-in attempt, successful or not.
    pub fn last_sign_in_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_sign_in_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastSignInDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Last interactive sign-in attempt, successful or not.
    pub fn set_last_sign_in_date_time(mut self, value: Option<crate::Timestamp>) -> Self {
        self.inner.last_sign_in_date_time = value.into();
        self
    }
    /// Sends `lastSignInDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Last interactive sign-in attempt, successful or not.
    pub fn null_last_sign_in_date_time(mut self) -> Self {
        self.inner.last_sign_in_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `lastSignInRequestId`.
    ///
    /// Request identifier of that interactive sign-in.
    pub fn last_sign_in_request_id(mut self, value: impl Into<String>) -> Self {
        self.inner.last_sign_in_request_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastSignInRequestId` to a value, or leaves it out of the body with `None`.
    ///
    /// Request identifier of that interactive sign-in.
    pub fn set_last_sign_in_request_id(mut self, value: Option<String>) -> Self {
        self.inner.last_sign_in_request_id = value.into();
        self
    }
    /// Sends `lastSignInRequestId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Request identifier of that interactive sign-in.
    pub fn null_last_sign_in_request_id(mut self) -> Self {
        self.inner.last_sign_in_request_id = crate::Nullable::Null;
        self
    }
    /// Sets `lastSuccessfulSignInDateTime`.
    ///
    /// Last successful sign-in, interactive or not.
    pub fn last_successful_sign_in_date_time(mut self, value: impl Into<crate::Timestamp>) -> Self {
        self.inner.last_successful_sign_in_date_time = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastSuccessfulSignInDateTime` to a value, or leaves it out of the body with `None`.
    ///
    /// Last successful sign-in, interactive or not.
    pub fn set_last_successful_sign_in_date_time(
        mut self,
        value: Option<crate::Timestamp>,
    ) -> Self {
        self.inner.last_successful_sign_in_date_time = value.into();
        self
    }
    /// Sends `lastSuccessfulSignInDateTime` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Last successful sign-in, interactive or not.
    pub fn null_last_successful_sign_in_date_time(mut self) -> Self {
        self.inner.last_successful_sign_in_date_time = crate::Nullable::Null;
        self
    }
    /// Sets `lastSuccessfulSignInRequestId`.
    ///
    /// Request identifier of that successful sign-in.
    pub fn last_successful_sign_in_request_id(mut self, value: impl Into<String>) -> Self {
        self.inner.last_successful_sign_in_request_id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `lastSuccessfulSignInRequestId` to a value, or leaves it out of the body with `None`.
    ///
    /// Request identifier of that successful sign-in.
    pub fn set_last_successful_sign_in_request_id(mut self, value: Option<String>) -> Self {
        self.inner.last_successful_sign_in_request_id = value.into();
        self
    }
    /// Sends `lastSuccessfulSignInRequestId` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Request identifier of that successful sign-in.
    pub fn null_last_successful_sign_in_request_id(mut self) -> Self {
        self.inner.last_successful_sign_in_request_id = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`SignInActivity`].
    pub fn build(self) -> SignInActivity {
        self.inner
    }
}

impl crate::GraphType for SignInActivity {
    const ODATA_TYPE: &'static str = "#microsoft.graph.signInActivity";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "lastNonInteractiveSignInDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastNonInteractiveSignInRequestId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastSignInDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastSignInRequestId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastSuccessfulSignInDateTime",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::DateTimeOffset,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "lastSuccessfulSignInRequestId",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for SignInActivity {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "lastNonInteractiveSignInDateTime", &self.last_non_interactive_sign_in_date_time)?;
        crate::__private::write_field(map, "lastNonInteractiveSignInRequestId", &self.last_non_interactive_sign_in_request_id)?;
        crate::__private::write_field(map, "lastSignInDateTime", &self.last_sign_in_date_time)?;
        crate::__private::write_field(map, "lastSignInRequestId", &self.last_sign_in_request_id)?;
        crate::__private::write_field(map, "lastSuccessfulSignInDateTime", &self.last_successful_sign_in_date_time)?;
        crate::__private::write_field(map, "lastSuccessfulSignInRequestId", &self.last_successful_sign_in_request_id)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "lastNonInteractiveSignInDateTime" => !self.last_non_interactive_sign_in_date_time.is_absent(),
            "lastNonInteractiveSignInRequestId" => !self.last_non_interactive_sign_in_request_id.is_absent(),
            "lastSignInDateTime" => !self.last_sign_in_date_time.is_absent(),
            "lastSignInRequestId" => !self.last_sign_in_request_id.is_absent(),
            "lastSuccessfulSignInDateTime" => !self.last_successful_sign_in_date_time.is_absent(),
            "lastSuccessfulSignInRequestId" => !self.last_successful_sign_in_request_id.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for SignInActivity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for SignInActivity {
    const EXPECTING: &'static str = "a `microsoft.graph.signInActivity` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "lastNonInteractiveSignInDateTime" => crate::__private::field(map, &mut self.last_non_interactive_sign_in_date_time)?,
            "lastNonInteractiveSignInRequestId" => crate::__private::field(map, &mut self.last_non_interactive_sign_in_request_id)?,
            "lastSignInDateTime" => crate::__private::field(map, &mut self.last_sign_in_date_time)?,
            "lastSignInRequestId" => crate::__private::field(map, &mut self.last_sign_in_request_id)?,
            "lastSuccessfulSignInDateTime" => crate::__private::field(map, &mut self.last_successful_sign_in_date_time)?,
            "lastSuccessfulSignInRequestId" => crate::__private::field(map, &mut self.last_successful_sign_in_request_id)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for SignInActivity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
