// Generated from docs-src/api-reference/beta/resources/mailboxsettings.md by `cargo xtask regenerate`. Do not edit.
/// Settings of a user's primary mailbox.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MailboxSettings {
    /// Identifier of the folder mail is archived to. Read-only.
    pub archive_folder: crate::Nullable<String>,
    /// Automatic reply the mailbox sends to incoming mail.
    pub automatic_replies_setting: crate::Nullable<crate::beta::AutomaticRepliesSetting>,
    /// How the mailbox writes dates.
    pub date_format: crate::Nullable<String>,
    /// When the user has a calendar delegate: who gets meeting requests and answers, the delegate, the owner, or both.
    pub delegate_meeting_message_delivery_options: crate::Nullable<crate::beta::DelegateMeetingMessageDeliveryOptions>,
    /// Language and country or region of the user.
    pub language: crate::Nullable<crate::beta::LocaleInfo>,
    /// How the mailbox writes times of day.
    pub time_format: crate::Nullable<String>,
    /// Time zone the mailbox uses by default.
    pub time_zone: crate::Nullable<String>,
    /// What the mailbox is for: one person, shared use, a room, equipment, and so on. Read-only.
    pub user_purpose: crate::Nullable<crate::beta::UserPurpose>,
    /// Days and hours the user works, in a given time zone.
    pub working_hours: crate::Nullable<crate::beta::WorkingHours>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl MailboxSettings {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> MailboxSettingsBuilder {
        <MailboxSettingsBuilder as Default>::default()
    }
}

/// Builds a [`MailboxSettings`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct MailboxSettingsBuilder {
    inner: MailboxSettings,
}

impl MailboxSettingsBuilder {
    /// Sets `archiveFolder`.
    ///
    /// Identifier of the folder mail is archived to. Read-only.
    pub fn archive_folder(mut self, value: impl Into<String>) -> Self {
        self.inner.archive_folder = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `archiveFolder` to a value, or leaves it out of the body with `None`.
    ///
    /// Identifier of the folder mail is archived to. Read-only.
    pub fn set_archive_folder(mut self, value: Option<String>) -> Self {
        self.inner.archive_folder = value.into();
        self
    }
    /// Sends `archiveFolder` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Identifier of the folder mail is archived to. Read-only.
    pub fn null_archive_folder(mut self) -> Self {
        self.inner.archive_folder = crate::Nullable::Null;
        self
    }
    /// Sets `automaticRepliesSetting`.
    ///
    /// Automatic reply the mailbox sends to incoming mail.
    pub fn automatic_replies_setting(
        mut self,
        value: impl Into<crate::beta::AutomaticRepliesSetting>,
    ) -> Self {
        self.inner.automatic_replies_setting = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `automaticRepliesSetting` to a value, or leaves it out of the body with `None`.
    ///
    /// Automatic reply the mailbox sends to incoming mail.
    pub fn set_automatic_replies_setting(
        mut self,
        value: Option<crate::beta::AutomaticRepliesSetting>,
    ) -> Self {
        self.inner.automatic_replies_setting = value.into();
        self
    }
    /// Sends `automaticRepliesSetting` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Automatic reply the mailbox sends to incoming mail.
    pub fn null_automatic_replies_setting(mut self) -> Self {
        self.inner.automatic_replies_setting = crate::Nullable::Null;
        self
    }
    /// Sets `dateFormat`.
    ///
    /// How the mailbox writes dates.
    pub fn date_format(mut self, value: impl Into<String>) -> Self {
        self.inner.date_format = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `dateFormat` to a value, or leaves it out of the body with `None`.
    ///
    /// How the mailbox writes dates.
    pub fn set_date_format(mut self, value: Option<String>) -> Self {
        self.inner.date_format = value.into();
        self
    }
    /// Sends `dateFormat` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the mailbox writes dates.
    pub fn null_date_format(mut self) -> Self {
        self.inner.date_format = crate::Nullable::Null;
        self
    }
    /// Sets `delegateMeetingMessageDeliveryOptions`.
    ///
    /// When the user has a calendar delegate: who gets meeting requests and answers, the delegate, the owner, or both.
    pub fn delegate_meeting_message_delivery_options(
        mut self,
        value: impl Into<crate::beta::DelegateMeetingMessageDeliveryOptions>,
    ) -> Self {
        self.inner.delegate_meeting_message_delivery_options = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `delegateMeetingMessageDeliveryOptions` to a value, or leaves it out of the body with `None`.
    ///
    /// When the user has a calendar delegate: who gets meeting requests and answers, the delegate, the owner, or both.
    pub fn set_delegate_meeting_message_delivery_options(
        mut self,
        value: Option<crate::beta::DelegateMeetingMessageDeliveryOptions>,
    ) -> Self {
        self.inner.delegate_meeting_message_delivery_options = value.into();
        self
    }
    /// Sends `delegateMeetingMessageDeliveryOptions` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// When the user has a calendar delegate: who gets meeting requests and answers, the delegate, the owner, or both.
    pub fn null_delegate_meeting_message_delivery_options(mut self) -> Self {
        self.inner.delegate_meeting_message_delivery_options = crate::Nullable::Null;
        self
    }
    /// Sets `language`.
    ///
    /// Language and country or region of the user.
    pub fn language(mut self, value: impl Into<crate::beta::LocaleInfo>) -> Self {
        self.inner.language = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `language` to a value, or leaves it out of the body with `None`.
    ///
    /// Language and country or region of the user.
    pub fn set_language(mut self, value: Option<crate::beta::LocaleInfo>) -> Self {
        self.inner.language = value.into();
        self
    }
    /// Sends `language` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Language and country or region of the user.
    pub fn null_language(mut self) -> Self {
        self.inner.language = crate::Nullable::Null;
        self
    }
    /// Sets `timeFormat`.
    ///
    /// How the mailbox writes times of day.
    pub fn time_format(mut self, value: impl Into<String>) -> Self {
        self.inner.time_format = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeFormat` to a value, or leaves it out of the body with `None`.
    ///
    /// How the mailbox writes times of day.
    pub fn set_time_format(mut self, value: Option<String>) -> Self {
        self.inner.time_format = value.into();
        self
    }
    /// Sends `timeFormat` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// How the mailbox writes times of day.
    pub fn null_time_format(mut self) -> Self {
        self.inner.time_format = crate::Nullable::Null;
        self
    }
    /// Sets `timeZone`.
    ///
    /// Time zone the mailbox uses by default.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.inner.time_zone = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `timeZone` to a value, or leaves it out of the body with `None`.
    ///
    /// Time zone the mailbox uses by default.
    pub fn set_time_zone(mut self, value: Option<String>) -> Self {
        self.inner.time_zone = value.into();
        self
    }
    /// Sends `timeZone` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Time zone the mailbox uses by default.
    pub fn null_time_zone(mut self) -> Self {
        self.inner.time_zone = crate::Nullable::Null;
        self
    }
    /// Sets `userPurpose`.
    ///
    /// What the mailbox is for: one person, shared use, a room, equipment, and so on. Read-only.
    pub fn user_purpose(mut self, value: impl Into<crate::beta::UserPurpose>) -> Self {
        self.inner.user_purpose = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `userPurpose` to a value, or leaves it out of the body with `None`.
    ///
    /// What the mailbox is for: one person, shared use, a room, equipment, and so on. Read-only.
    pub fn set_user_purpose(mut self, value: Option<crate::beta::UserPurpose>) -> Self {
        self.inner.user_purpose = value.into();
        self
    }
    /// Sends `userPurpose` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// What the mailbox is for: one person, shared use, a room, equipment, and so on. Read-only.
    pub fn null_user_purpose(mut self) -> Self {
        self.inner.user_purpose = crate::Nullable::Null;
        self
    }
    /// Sets `workingHours`.
    ///
    /// Days and hours the user works, in a given time zone.
    pub fn working_hours(mut self, value: impl Into<crate::beta::WorkingHours>) -> Self {
        self.inner.working_hours = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `workingHours` to a value, or leaves it out of the body with `None`.
    ///
    /// Days and hours the user works, in a given time zone.
    pub fn set_working_hours(mut self, value: Option<crate::beta::WorkingHours>) -> Self {
        self.inner.working_hours = value.into();
        self
    }
    /// Sends `workingHours` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Days and hours the user works, in a given time zone.
    pub fn null_working_hours(mut self) -> Self {
        self.inner.working_hours = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`MailboxSettings`].
    pub fn build(self) -> MailboxSettings {
        self.inner
    }
}

impl crate::GraphType for MailboxSettings {
    const ODATA_TYPE: &'static str = "#microsoft.graph.mailboxSettings";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "archiveFolder",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: true,
        },
        crate::PropertyInfo {
            name: "automaticRepliesSetting",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.automaticRepliesSetting"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "dateFormat",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "delegateMeetingMessageDeliveryOptions",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.delegateMeetingMessageDeliveryOptions",
                members: &[
                    "sendToDelegateAndInformationToPrincipal",
                    "sendToDelegateAndPrincipal",
                    "sendToDelegateOnly",
                ],
                after_sentinel: &[],
                flags: false,
            },
            read_only: false,
        },
        crate::PropertyInfo {
            name: "language",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.localeInfo"),
            read_only: false,
        },
        crate::PropertyInfo {
            name: "timeFormat",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "timeZone",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "userPurpose",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.userPurpose",
                members: &[
                    "user",
                    "linked",
                    "shared",
                    "room",
                    "equipment",
                    "others",
                    "unknownFutureValue",
                ],
                after_sentinel: &[],
                flags: false,
            },
            read_only: true,
        },
        crate::PropertyInfo {
            name: "workingHours",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Complex("microsoft.graph.workingHours"),
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for MailboxSettings {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "archiveFolder", &self.archive_folder)?;
        crate::__private::write_field(map, "automaticRepliesSetting", &self.automatic_replies_setting)?;
        crate::__private::write_field(map, "dateFormat", &self.date_format)?;
        crate::__private::write_field(map, "delegateMeetingMessageDeliveryOptions", &self.delegate_meeting_message_delivery_options)?;
        crate::__private::write_field(map, "language", &self.language)?;
        crate::__private::write_field(map, "timeFormat", &self.time_format)?;
        crate::__private::write_field(map, "timeZone", &self.time_zone)?;
        crate::__private::write_field(map, "userPurpose", &self.user_purpose)?;
        crate::__private::write_field(map, "workingHours", &self.working_hours)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "archiveFolder" => !self.archive_folder.is_absent(),
            "automaticRepliesSetting" => !self.automatic_replies_setting.is_absent(),
            "dateFormat" => !self.date_format.is_absent(),
            "delegateMeetingMessageDeliveryOptions" => !self.delegate_meeting_message_delivery_options.is_absent(),
            "language" => !self.language.is_absent(),
            "timeFormat" => !self.time_format.is_absent(),
            "timeZone" => !self.time_zone.is_absent(),
            "userPurpose" => !self.user_purpose.is_absent(),
            "workingHours" => !self.working_hours.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for MailboxSettings {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for MailboxSettings {
    const EXPECTING: &'static str = "a `microsoft.graph.mailboxSettings` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "archiveFolder" => crate::__private::field(map, &mut self.archive_folder)?,
            "automaticRepliesSetting" => crate::__private::field(map, &mut self.automatic_replies_setting)?,
            "dateFormat" => crate::__private::field(map, &mut self.date_format)?,
            "delegateMeetingMessageDeliveryOptions" => crate::__private::field(map, &mut self.delegate_meeting_message_delivery_options)?,
            "language" => crate::__private::field(map, &mut self.language)?,
            "timeFormat" => crate::__private::field(map, &mut self.time_format)?,
            "timeZone" => crate::__private::field(map, &mut self.time_zone)?,
            "userPurpose" => crate::__private::field(map, &mut self.user_purpose)?,
            "workingHours" => crate::__private::field(map, &mut self.working_hours)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for MailboxSettings {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
