// Generated from docs-src/api-reference/v1.0/resources/identityset.md by `cargo xtask regenerate`. Do not edit.
/// The identities involved in an action, one per kind, for example who created or last changed an item. Each property is optional.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentitySet {
    /// The app involved.
    pub application: crate::Nullable<crate::v1::Identity>,
    /// The app instance involved.
    pub application_instance: crate::Nullable<crate::v1::Identity>,
    /// The team or channel involved.
    pub conversation: crate::Nullable<crate::v1::Identity>,
    /// Tells whether conversation names a team or a channel.
    pub conversation_identity_type: crate::Nullable<crate::v1::Identity>,
    /// The device involved.
    pub device: crate::Nullable<crate::v1::Identity>,
    /// An encrypted identity involved.
    pub encrypted: crate::Nullable<crate::v1::Identity>,
    /// The guest involved.
    pub guest: crate::Nullable<crate::v1::Identity>,
    /// An on-premises identity involved.
    pub on_premises: crate::Nullable<crate::v1::Identity>,
    /// The phone number involved.
    pub phone: crate::Nullable<crate::v1::Identity>,
    /// The user involved.
    pub user: crate::Nullable<crate::v1::Identity>,
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
    pub fn application(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.application = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `application` to a value, or leaves it out of the body with `None`.
    ///
    /// The app involved.
    pub fn set_application(mut self, value: Option<crate::v1::Identity>) -> Self {
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
    /// Sets `applicationInstance`.
    ///
    /// The app instance involved.
    pub fn application_instance(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.application_instance = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `applicationInstance` to a value, or leaves it out of the body with `None`.
    ///
    /// The app instance involved.
    pub fn set_application_instance(mut self, value: Option<crate::v1::Identity>) -> Self {
        self.inner.application_instance = value.into();
        self
    }
    /// Sends `applicationInstance` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The app instance involved.
    pub fn null_application_instance(mut self) -> Self {
        self.inner.application_instance = crate::Nullable::Null;
        self
    }
    /// Sets `conversation`.
    ///
    /// The team or channel involved.
    pub fn conversation(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.conversation = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `conversation` to a value, or leaves it out of the body with `None`.
    ///
    /// The team or channel involved.
    pub fn set_conversation(mut self, value: Option<crate::v1::Identity>) -> Self {
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
    pub fn conversation_identity_type(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.conversation_identity_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `conversationIdentityType` to a value, or leaves it out of the body with `None`.
    ///
    /// Tells whether conversation names a team or a channel.
    pub fn set_conversation_identity_type(mut self, value: Option<crate::v1::Identity>) -> Self {
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
    pub fn device(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.device = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `device` to a value, or leaves it out of the body with `None`.
    ///
    /// The device involved.
    pub fn set_device(mut self, value: Option<crate::v1::Identity>) -> Self {
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
    /// Sets `encrypted`.
    ///
    /// An encrypted identity involved.
    pub fn encrypted(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.encrypted = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `encrypted` to a value, or leaves it out of the body with `None`.
    ///
    /// An encrypted identity involved.
    pub fn set_encrypted(mut self, value: Option<crate::v1::Identity>) -> Self {
        self.inner.encrypted = value.into();
        self
    }
    /// Sends `encrypted` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// An encrypted identity involved.
    pub fn null_encrypted(mut self) -> Self {
        self.inner.encrypted = crate::Nullable::Null;
        self
    }
    /// Sets `guest`.
    ///
    /// The guest involved.
    pub fn guest(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.guest = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `guest` to a value, or leaves it out of the body with `None`.
    ///
    /// The guest involved.
    pub fn set_guest(mut self, value: Option<crate::v1::Identity>) -> Self {
        self.inner.guest = value.into();
        self
    }
    /// Sends `guest` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// The guest involved.
    pub fn null_guest(mut self) -> Self {
        self.inner.guest = crate::Nullable::Null;
        self
    }
    /// Sets `onPremises`.
    ///
    /// An on-premises identity involved.
    pub fn on_premises(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.on_premises = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `onPremises` to a value, or leaves it out of the body with `None`.
    ///
    /// An on-premises identity involved.
    pub fn set_on_premises(mut self, value: Option<crate::v1::Identity>) -> Self {
        self.inner.on_premises = value.into();
        self
    }
    /// Sends `onPremises` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// An on-premises identity involved.
    pub fn null_on_premises(mut self) -> Self {
        self.inner.on_premises = crate::Nullable::Null;
        self
    }
    /// Sets `phone`.
    ///
    /// The phone number involved.
    pub fn phone(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.phone = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `phone` to a value, or leaves it out of the body with `None`.
    ///
    /// The phone number involved.
    pub fn set_phone(mut self, value: Option<crate::v1::Identity>) -> Self {
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
    pub fn user(mut self, value: impl Into<crate::v1::Identity>) -> Self {
        self.inner.user = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `user` to a value, or leaves it out of the body with `None`.
    ///
    /// The user involved.
    pub fn set_user(mut self, value: Option<crate::v1::Identity>) -> Self {
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
            name: "applicationInstance",
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
            name: "encrypted",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "guest",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.identity"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "onPremises",
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
        crate::__private::write_field(map, "applicationInstance", &self.application_instance)?;
        crate::__private::write_field(map, "conversation", &self.conversation)?;
        crate::__private::write_field(map, "conversationIdentityType", &self.conversation_identity_type)?;
        crate::__private::write_field(map, "device", &self.device)?;
        crate::__private::write_field(map, "encrypted", &self.encrypted)?;
        crate::__private::write_field(map, "guest", &self.guest)?;
        crate::__private::write_field(map, "onPremises", &self.on_premises)?;
        crate::__private::write_field(map, "phone", &self.phone)?;
        crate::__private::write_field(map, "user", &self.user)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "application" => !self.application.is_absent(),
            "applicationInstance" => !self.application_instance.is_absent(),
            "conversation" => !self.conversation.is_absent(),
            "conversationIdentityType" => !self.conversation_identity_type.is_absent(),
            "device" => !self.device.is_absent(),
            "encrypted" => !self.encrypted.is_absent(),
            "guest" => !self.guest.is_absent(),
            "onPremises" => !self.on_premises.is_absent(),
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
            "applicationInstance" => crate::__private::field(map, &mut self.application_instance)?,
            "conversation" => crate::__private::field(map, &mut self.conversation)?,
            "conversationIdentityType" => crate::__private::field(map, &mut self.conversation_identity_type)?,
            "device" => crate::__private::field(map, &mut self.device)?,
            "encrypted" => crate::__private::field(map, &mut self.encrypted)?,
            "guest" => crate::__private::field(map, &mut self.guest)?,
            "onPremises" => crate::__private::field(map, &mut self.on_premises)?,
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
