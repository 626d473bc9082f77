// Generated from docs-src/api-reference/beta/resources/identitygovernance-lifecyclepolicypriorityconfiguration.md by `cargo xtask regenerate`. Do not edit.
/// Holds, for one subject type, the lifecyclePolicy objects in the order they are evaluated. Evaluation follows that priority order, and an identity is bound only to the matching policy that ranks highest.
#[non_exhaustive]
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LifecyclePolicyPriorityConfiguration {
    /// Key that identifies the priority configuration; it matches the subject type the configuration covers. Inherited from entity.
    pub id: Option<String>,
    /// Keys of the lifecycle policies, ordered by evaluation priority, highest first. Each subject type allows at most 10 policies.
    pub ordered_policy_ids: Option<Vec<String>>,
    /// Subject type that the policies in this configuration cover. The possible values are: `user`, `agentIdentity`, `unknownFutureValue`, `provisioningObject`. This is an evolvable enum: send the `Prefer: include-unknown-enum-members` request header to receive the `provisioningObject` value. Immutable.
    pub subject_type: Option<super::SubjectTypeSet>,
    /// Properties the docs do not describe (and `@odata` annotations), kept verbatim,
    /// plus explicit `null`s of known properties.
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl LifecyclePolicyPriorityConfiguration {
    /// Starts a builder, e.g. for a request body.
    pub fn builder() -> LifecyclePolicyPriorityConfigurationBuilder {
        LifecyclePolicyPriorityConfigurationBuilder::default()
    }
}

/// Builds a [`LifecyclePolicyPriorityConfiguration`] one property at a time.
#[derive(Debug, Clone, Default)]
pub struct LifecyclePolicyPriorityConfigurationBuilder {
    inner: LifecyclePolicyPriorityConfiguration,
}

impl LifecyclePolicyPriorityConfigurationBuilder {
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.inner.id = Some(value.into());
        self
    }
    /// Sets `orderedPolicyIds`.
    pub fn ordered_policy_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.inner.ordered_policy_ids = Some(value.into());
        self
    }
    /// Sets `subjectType`.
    pub fn subject_type(mut self, value: impl Into<super::SubjectTypeSet>) -> Self {
        self.inner.subject_type = Some(value.into());
        self
    }
    /// Adds a property the docs do not describe.
    pub fn additional_property(
        mut self,
        key: impl Into<String>,
        value: serde_json::Value,
    ) -> Self {
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
        },
        crate::PropertyInfo {
            name: "orderedPolicyIds",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: true,
            ty: crate::PropertyType::String,
        },
        crate::PropertyInfo {
            name: "subjectType",
            filter: &[],
            orderby: false,
            is_relationship: false,
            is_collection: false,
            ty: crate::PropertyType::Enum {
                name: "microsoft.graph.identityGovernance.subjectType",
                members: &[
                    "user",
                    "agentIdentity",
                    "unknownFutureValue",
                    "provisioningObject",
                ],
                after_sentinel: &["provisioningObject"],
                flags: true,
            },
        },
    ];
}

impl crate::__private::WriteFields for LifecyclePolicyPriorityConfiguration {
    fn write_known<M: serde::ser::SerializeMap>(
        &self,
        map: &mut M,
    ) -> Result<(), M::Error> {
        if let Some(value) = &self.id {
            map.serialize_entry("id", value)?;
        }
        if let Some(value) = &self.ordered_policy_ids {
            map.serialize_entry("orderedPolicyIds", value)?;
        }
        if let Some(value) = &self.subject_type {
            map.serialize_entry("subjectType", value)?;
        }
        Ok(())
    }
    fn is_set(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some(),
            "orderedPolicyIds" => self.ordered_policy_ids.is_some(),
            "subjectType" => self.subject_type.is_some(),
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
    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "id" => {
                crate::__private::field(
                    map,
                    &mut self.id,
                    "id",
                    &mut self.additional_properties,
                )?
            }
            "orderedPolicyIds" => {
                crate::__private::field(
                    map,
                    &mut self.ordered_policy_ids,
                    "orderedPolicyIds",
                    &mut self.additional_properties,
                )?
            }
            "subjectType" => {
                crate::__private::field(
                    map,
                    &mut self.subject_type,
                    "subjectType",
                    &mut self.additional_properties,
                )?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
    fn additional_properties(
        &mut self,
    ) -> &mut serde_json::Map<String, serde_json::Value> {
        &mut self.additional_properties
    }
}

impl<'de> serde::Deserialize<'de> for LifecyclePolicyPriorityConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::__private::deserialize_object(
            deserializer,
            "a `microsoft.graph.identityGovernance.lifecyclePolicyPriorityConfiguration` object",
        )
    }
}
