// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicypriorityconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Holds, for one subject type, the lifecyclePolicy objects in the order they are evaluated. Evaluation follows that priority order, and an identity is bound only to the matching policy that ranks highest.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyPriorityConfiguration {
    /// Key that identifies the priority configuration; it matches the subject type the configuration covers. Inherited from entity.
    pub id: crate::Nullable<String>,
    /// Keys of the lifecycle policies, ordered by evaluation priority, highest first. Each subject type allows at most 10 policies.
    pub ordered_policy_ids: crate::Nullable<Vec<String>>,
    /// Subject type that the policies in this configuration cover. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. This is an evolvable enum: send the `Prefer: include-unknown-enum-members` request header to receive the `provisioningObject` value. Immutable.
    pub subject_type: crate::Nullable<crate::beta::identity_governance::SubjectTypeSet>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyPriorityConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyPriorityConfigurationBuilder {
        <LifecyclePolicyPriorityConfigurationBuilder as Default>::default()
    }
}

/// Builds a [`LifecyclePolicyPriorityConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyPriorityConfigurationBuilder {
    inner: LifecyclePolicyPriorityConfiguration,
}

impl LifecyclePolicyPriorityConfigurationBuilder {
    /// Sets `id`.
    ///
    /// Key that identifies the priority configuration; it matches the subject type the configuration covers. Inherited from entity.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `id` to a value, or leaves it out of the body with `None`.
    ///
    /// Key that identifies the priority configuration; it matches the subject type the configuration covers. Inherited from entity.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.inner.id = value.into();
        self
    }
    /// Sends `id` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Key that identifies the priority configuration; it matches the subject type the configuration covers. Inherited from entity.
    pub fn null_id(mut self) -> Self {
        self.inner.id = crate::Nullable::Null;
        self
    }
    /// Appends one item to `orderedPolicyIds` (creating the collection if needed).
    ///
    /// Keys of the lifecycle policies, ordered by evaluation priority, highest first. Each subject type allows at most 10 policies.
    pub fn ordered_policy_ids(mut self, item: impl Into<String>) -> Self {
        self.inner.ordered_policy_ids.get_or_insert_with(Vec::new).push(item.into());
        self
    }
    /// Sets `orderedPolicyIds` to a value, or leaves it out of the body with `None`.
    ///
    /// Keys of the lifecycle policies, ordered by evaluation priority, highest first. Each subject type allows at most 10 policies.
    pub fn set_ordered_policy_ids(mut self, value: Option<Vec<String>>) -> Self {
        self.inner.ordered_policy_ids = value.into();
        self
    }
    /// Sends `orderedPolicyIds` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Keys of the lifecycle policies, ordered by evaluation priority, highest first. Each subject type allows at most 10 policies.
    pub fn null_ordered_policy_ids(mut self) -> Self {
        self.inner.ordered_policy_ids = crate::Nullable::Null;
        self
    }
    /// Sets `subjectType`.
    ///
    /// Subject type that the policies in this configuration cover. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. This is an evolvable enum: send the `Prefer: include-unknown-enum-members` request header to receive the `provisioningObject` value. Immutable.
    pub fn subject_type(
        mut self,
        value: impl Into<crate::beta::identity_governance::SubjectTypeSet>,
    ) -> Self {
        self.inner.subject_type = crate::Nullable::Value(value.into());
        self
    }
    /// Sets `subjectType` to a value, or leaves it out of the body with `None`.
    ///
    /// Subject type that the policies in this configuration cover. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. This is an evolvable enum: send the `Prefer: include-unknown-enum-members` request header to receive the `provisioningObject` value. Immutable.
    pub fn set_subject_type(
        mut self,
        value: Option<crate::beta::identity_governance::SubjectTypeSet>,
    ) -> Self {
        self.inner.subject_type = value.into();
        self
    }
    /// Sends `subjectType` as an explicit `null` (in a `PATCH`, clears it).
    ///
    /// Subject type that the policies in this configuration cover. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. This is an evolvable enum: send the `Prefer: include-unknown-enum-members` request header to receive the `provisioningObject` value. Immutable.
    pub fn null_subject_type(mut self) -> Self {
        self.inner.subject_type = crate::Nullable::Null;
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(mut self, key: impl Into<String>, value: serde_json::Value) -> Self {
        self.inner.additional_properties.insert(key.into(), value);
        self
    }
    /// The finished [`LifecyclePolicyPriorityConfiguration`].
    pub fn build(self) -> LifecyclePolicyPriorityConfiguration {
        self.inner
    }
}

impl crate::GraphType for LifecyclePolicyPriorityConfiguration {
    const ODATA_TYPE: &'static str = "#microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration";
    const PROPERTIES: &'static [crate::PropertyInfo] = &[
        crate::PropertyInfo {
            name: "id",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "orderedPolicyIds",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
            read_only: false,
        },
        crate::PropertyInfo {
            name: "subjectType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.subjectType",
                members: &["user", "agentIdentity", "unknownFutureValue", "provisioningObject"],
                after_sentinel: &["provisioningObject"],
                flags: true,
            },
            read_only: false,
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyPriorityConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        crate::__private::write_field(map, "id", &self.id)?;
        crate::__private::write_field(map, "orderedPolicyIds", &self.ordered_policy_ids)?;
        crate::__private::write_field(map, "subjectType", &self.subject_type)?;
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => !self.id.is_absent(),
            "orderedPolicyIds" => !self.ordered_policy_ids.is_absent(),
            "subjectType" => !self.subject_type.is_absent(),
            _ => false,
        }
    }
    fn extra(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.additional_properties
    }
}

impl serde::Serialize for LifecyclePolicyPriorityConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::__private::serialize_object(self, serializer, None)
    }
}

impl crate::__private::ReadFields for LifecyclePolicyPriorityConfiguration {
    const EXPECTING: &'static str = "a `microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration` object";
    #[inline]
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => crate::__private::field(map, &mut self.id)?,
            "orderedPolicyIds" => crate::__private::field(map, &mut self.ordered_policy_ids)?,
            "subjectType" => crate::__private::field(map, &mut self.subject_type)?,
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(&mut self) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyPriorityConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            <Self as crate::__private::ReadFields>::EXPECTING,
        )
    }
}
