// Generated from docs-src/api-reference/beta/resources/identityset.md by `cargo xtask regenerate`. Do not edit.
/// The identities involved in an action, one per kind, for example who created or last changed an item. Each property is optional.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentitySet {
    /// The app involved.
    pub application: crate::Nullable<crate::beta::Identity>,
    /// The team or channel involved.
    pub conversation: crate::Nullable<crate::beta::Identity>,
    /// Tells whether conversation names a team or a channel.
    pub conversation_identity_type: crate::Nullable<crate::beta::Identity>,
    /// The device involved.
    pub device: crate::Nullable<crate::beta::Identity>,
    /// The phone number involved.
    pub phone: crate::Nullable<crate::beta::Identity>,
    /// The user involved.
    pub user: crate::Nullable<crate::beta::Identity>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IdentitySet {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> IdentitySetBuilder {
        <IdentitySetBuilder as Default>::default()
    }
}

/// Builds a [`IdentitySet`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct IdentitySetBuilder {
    inner: IdentitySet,
}

impl IdentitySetBuilder {
    /// Sets `application`.
    ///
    /// The app involved.
    pub fn application(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.application = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `application` to a value, or leaves it out of the body with `None`.
    ///
    /// The app involved.
    pub fn set_application(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.application = value.into();
        self
    }
    /// Sends `application` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The app involved.
    pub fn null_application(mut self) -> Self {
        self.inner.application = crate::Nullable::Null;
        self
    }
    /// Sets `conversation`.
    ///
    /// The team or channel involved.
    pub fn conversation(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.conversation = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `conversation` to a value, or leaves it out of the body with `None`.
    ///
    /// The team or channel involved.
    pub fn set_conversation(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.conversation = value.into();
        self
    }
    /// Sends `conversation` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The team or channel involved.
    pub fn null_conversation(mut self) -> Self {
        self.inner.conversation = crate::Nullable::Null;
        self
    }
    /// Sets `conversationIdentityType`.
    ///
    /// Tells whether conversation names a team or a channel.
    pub fn conversation_identity_type(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.conversation_identity_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `conversationIdentityType` to a value, or leaves it out of the body with `None`.
    ///
    /// Tells whether conversation names a team or a channel.
    pub fn set_conversation_identity_type(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.conversation_identity_type = value.into();
        self
    }
    /// Sends `conversationIdentityType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Tells whether conversation names a team or a channel.
    pub fn null_conversation_identity_type(mut self) -> Self {
        self.inner.conversation_identity_type = crate::Nullable::Null;
        self
    }
    /// Sets `device`.
    ///
    /// The device involved.
    pub fn device(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.device = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `device` to a value, or leaves it out of the body with `None`.
    ///
    /// The device involved.
    pub fn set_device(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.device = value.into();
        self
    }
    /// Sends `device` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The device involved.
    pub fn null_device(mut self) -> Self {
        self.inner.device = crate::Nullable::Null;
        self
    }
    /// Sets `phone`.
    ///
    /// The phone number involved.
    pub fn phone(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.phone = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `phone` to a value, or leaves it out of the body with `None`.
    ///
    /// The phone number involved.
    pub fn set_phone(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.phone = value.into();
        self
    }
    /// Sends `phone` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The phone number involved.
    pub fn null_phone(mut self) -> Self {
        self.inner.phone = crate::Nullable::Null;
        self
    }
    /// Sets `user`.
    ///
    /// The user involved.
    pub fn user(mut self, value: impl Into<crate::beta::Identity>) -> Self {
        self.inner.user = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `user` to a value, or leaves it out of the body with `None`.
    ///
    /// The user involved.
    pub fn set_user(mut self, value: Option<crate::beta::Identity>) -> Self {
        self.inner.user = value.into();
        self
    }
    /// Sends `user` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The user involved.
    pub fn null_user(mut self) -> Self {
        self.inner.user = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`IdentitySet`].
    pub fn build(self) -> IdentitySet {
        self.inner
    }
}

impl crate::GraphType for IdentitySet {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identitySet";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "application",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "conversation",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "conversationIdentityType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "device",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "phone",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "user",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for IdentitySet {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "application", &self.application)?;
        crate::__private::write_field(map, "conversation", &self.conversation)?;
        crate::__private::write_field(map, "conversationIdentityType", &self.conversation_identity_type)?;
        crate::__private::write_field(map, "device", &self.device)?;
        crate::__private::write_field(map, "phone", &self.phone)?;
        crate::__private::write_field(map, "user", &self.user)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "application" => !self.application.is_absent(),
            "conversation" => !self.conversation.is_absent(),
            "conversationIdentityType" => !self.conversation_identity_type.is_absent(),
            "device" => !self.device.is_absent(),
            "phone" => !self.phone.is_absent(),
            "user" => !self.user.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for IdentitySet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for IdentitySet {
    const EXPECTING: &'static str = "a `microsoft.graph.identitySet` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "application" => crate::__private::field(map, &mut self.application)?,
            "conversation" => crate::__private::field(map, &mut self.conversation)?,
            "conversationIdentityType" => crate::__private::field(map, &mut self.conversation_identity_type)?,
            "device" => crate::__private::field(map, &mut self.device)?,
            "phone" => crate::__private::field(map, &mut self.phone)?,
            "user" => crate::__private::field(map, &mut self.user)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for IdentitySet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
