//! Lifecycle policies (beta): agent identity policies with their rules, per-subject-type
//! priority configurations, and the compliance report and impact each policy has over the
//! tenant's agent identities. The report follows the priority order: a subject is bound
//! (`effective`) by the first enabled policy of its type that covers it, and only there.

use serde_json::{Map, Value, json};

use crate::clock::{TICKS_PER_SECOND, Ticks, format_rfc3339};
use crate::data::facts::HISTORY_END;
use crate::rng::SeededRng;

/// The derived policy type the tenant's policies have.
pub const AGENT_POLICY: &str = "#microsoft.graph.identityGovernance.agentIdentityLifecyclePolicy";

/// The subject type agent identity policies cover.
pub const AGENT_SUBJECT_TYPE: &str = "agentIdentity";

const DAY: Ticks = 86_400 * TICKS_PER_SECOND;

/// A rule kind: `@odata.type` (no `#`), `ruleType`, and the property only it has.
pub const RULE_KINDS: &[(&str, &str, &str)] = &[
    (
        "microsoft.graph.identityGovernance.periodicAttestationRule",
        "periodicAttestation",
        "attestationIntervalInDays",
    ),
    (
        "microsoft.graph.identityGovernance.sponsorPresenceRule",
        "sponsorPresence",
        "minimumSponsorCount",
    ),
    (
        "microsoft.graph.identityGovernance.inactivityRule",
        "inactivity",
        "lastActivityThresholdInDays",
    ),
];

/// The rule kind an `@odata.type` names.
pub fn rule_kind(odata_type: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let name = odata_type.trim_start_matches('#');
    RULE_KINDS.iter().find(|k| k.0 == name)
}

/// One policy: its own properties, its rules, and its deletion time while in deletedItems.
#[derive(Debug, Clone)]
pub struct Policy {
    /// The policy's properties, without `rules`.
    pub object: Map<String, Value>,
    /// Its rules.
    pub rules: Vec<Map<String, Value>>,
    /// Set while the policy sits in deletedItems.
    pub deleted: Option<Ticks>,
}

impl Policy {
    /// Its id.
    pub fn id(&self) -> &str {
        self.object
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    fn enabled(&self) -> bool {
        self.object.get("isEnabled").and_then(Value::as_bool) == Some(true)
    }

    /// The policy as served: its properties with its rules inline.
    pub fn served(&self) -> Map<String, Value> {
        let mut out = self.object.clone();
        out.insert(
            "rules".into(),
            Value::Array(self.rules.iter().cloned().map(Value::Object).collect()),
        );
        out
    }

    /// Position of a rule by id.
    pub fn rule(&self, id: &str) -> Option<usize> {
        self.rules
            .iter()
            .position(|r| r.get("id").and_then(Value::as_str) == Some(id))
    }
}

/// Every policy, the priority configurations and the identities they cover.
#[derive(Debug, Clone)]
pub struct Policies {
    /// Policies, deleted ones included.
    pub items: Vec<Policy>,
    /// Priority order per subject type: (subject type, policy ids, highest first).
    pub priorities: Vec<(String, Vec<String>)>,
    /// The tenant's agent identities.
    pub agents: Vec<String>,
}

/// The seeded policy ids (as the docs' examples name them).
pub const SEEDED_POLICIES: [&str; 2] = [
    "ba9191ab-e88f-4278-942c-4dcc6a4f05b1",
    "f360e310-e2c9-4bb3-a3ca-791d3c0b6548",
];

impl Policies {
    /// Two agent identity policies, their priority configuration and eight agent identities.
    pub fn seeded(seed: u64, created: Ticks) -> Self {
        let mut rng = SeededRng::fork(seed, &[12]);
        let agents = (0..8).map(|_| rng.guid()).collect();
        let first = Policy {
            object: policy_object(
                SEEDED_POLICIES[0],
                "Agent attestation with sponsor requirement",
                "Requires attestation every 90 days and at least 1 sponsor",
                json!({
                    "@odata.type": "#microsoft.graph.identityGovernance.disableThenDeleteEnforcementAction",
                    "deletionGracePeriodInDays": 30
                }),
                created,
            ),
            rules: vec![
                rule_object("6f3b8c1a-2d4e-4f6a-8b0c-1e2f3a4b5c6d", &RULE_KINDS[0], 90),
                rule_object(&rng.guid(), &RULE_KINDS[1], 1),
            ],
            deleted: None,
        };
        let second = Policy {
            object: policy_object(
                SEEDED_POLICIES[1],
                "Inactive agent cleanup",
                "Deletes agent identities inactive for 180 days",
                json!({"@odata.type": "#microsoft.graph.identityGovernance.deleteOnlyEnforcementAction"}),
                created,
            ),
            rules: vec![rule_object(&rng.guid(), &RULE_KINDS[2], 180)],
            deleted: None,
        };
        Self {
            items: vec![first, second],
            priorities: vec![(
                AGENT_SUBJECT_TYPE.to_owned(),
                SEEDED_POLICIES.iter().map(|s| (*s).to_owned()).collect(),
            )],
            agents,
        }
    }

    /// Position of a policy by id, in deletedItems (`deleted`) or not.
    pub fn find(&self, id: &str, deleted: bool) -> Option<usize> {
        self.items
            .iter()
            .position(|p| p.id() == id && p.deleted.is_some() == deleted)
    }

    /// Positions of the policies not deleted.
    pub fn live(&self) -> Vec<usize> {
        (0..self.items.len())
            .filter(|i| self.items[*i].deleted.is_none())
            .collect()
    }

    /// The priority configuration of a subject type, as served.
    pub fn priority_object(&self, index: usize) -> Map<String, Value> {
        let (kind, ids) = &self.priorities[index];
        let value = json!({
            "id": kind,
            "subjectType": kind,
            "orderedPolicyIds": ids,
        });
        value.as_object().cloned().unwrap_or_default()
    }

    /// Position of a priority configuration by subject type.
    pub fn priority(&self, subject_type: &str) -> Option<usize> {
        self.priorities.iter().position(|(k, _)| k == subject_type)
    }

    /// Adds a policy at the lowest priority of its subject type.
    pub fn push(&mut self, policy: Policy) {
        let id = policy.id().to_owned();
        self.items.push(policy);
        self.rank_last(&id);
    }

    fn rank_last(&mut self, id: &str) {
        match self.priority(AGENT_SUBJECT_TYPE) {
            Some(at) => self.priorities[at].1.push(id.to_owned()),
            None => self
                .priorities
                .push((AGENT_SUBJECT_TYPE.to_owned(), vec![id.to_owned()])),
        }
    }

    /// Moves a policy to deletedItems; it leaves the priority order.
    pub fn delete(&mut self, index: usize, now: Ticks) {
        self.items[index].deleted = Some(now);
        let id = self.items[index].id().to_owned();
        for (_, ids) in &mut self.priorities {
            ids.retain(|p| *p != id);
        }
    }

    /// Brings a deleted policy back, at the lowest priority.
    pub fn restore(&mut self, index: usize) {
        self.items[index].deleted = None;
        let id = self.items[index].id().to_owned();
        self.rank_last(&id);
    }

    /// Sets the priority order: the ids named come first, in that order; policies of the
    /// type not named keep their relative order after them. Each id must be a policy of the
    /// type, not deleted, named once.
    pub fn reorder(&mut self, index: usize, ordered: &[String]) -> Result<(), String> {
        let current = &self.priorities[index].1;
        for (i, id) in ordered.iter().enumerate() {
            if !current.contains(id) {
                return Err(format!(
                    "'{id}' is not a lifecycle policy of subject type '{}'.",
                    self.priorities[index].0
                ));
            }
            if ordered[..i].contains(id) {
                return Err(format!("'{id}' is named twice."));
            }
        }
        let rest: Vec<String> = current
            .iter()
            .filter(|id| !ordered.contains(id))
            .cloned()
            .collect();
        self.priorities[index].1 = ordered.iter().cloned().chain(rest).collect();
        Ok(())
    }

    /// Whether policy `index` binds the subjects it covers: the first enabled policy of the
    /// priority order does.
    fn is_effective(&self, index: usize) -> bool {
        let policy = &self.items[index];
        if policy.deleted.is_some() || !policy.enabled() {
            return false;
        }
        let order = self
            .priority(AGENT_SUBJECT_TYPE)
            .map(|at| &self.priorities[at].1);
        let first = order.and_then(|ids| {
            ids.iter().find(|id| {
                self.find(id, false)
                    .is_some_and(|i| self.items[i].enabled())
            })
        });
        first.map(String::as_str) == Some(policy.id())
    }

    /// One subject report per agent identity the policy covers.
    pub fn subject_reports(&self, index: usize) -> Vec<Map<String, Value>> {
        let policy = &self.items[index];
        let effective = self.is_effective(index);
        let version = policy.object.get("versionNumber").cloned();
        let deletes = policy
            .object
            .get("enforcementAction")
            .and_then(|a| a.get("@odata.type"))
            .and_then(Value::as_str)
            .is_some_and(|t| t.contains("deleteOnly"));
        self.agents
            .iter()
            .enumerate()
            .map(|(i, agent)| {
                let (compliant, last, next) = self.subject_facts(index, i);
                let enforcement = if compliant || !effective {
                    json!({
                        "status": "notRequired",
                        "isLocked": false,
                        "isTerminal": false,
                        "lastAction": "none",
                    })
                } else {
                    json!({
                        "status": "waiting",
                        "isLocked": true,
                        "isTerminal": false,
                        "lastAction": "firstNotificationSent",
                        "lastActionDateTime": format_rfc3339(last),
                        "nextAction": if deletes { "delete" } else { "disable" },
                        "nextActionDateTime": format_rfc3339(next),
                    })
                };
                let value = json!({
                    "id": agent,
                    "subject": {
                        "@odata.type": "#microsoft.graph.identityGovernance.lifecyclePolicyAgentIdentitySubjectReference",
                        "id": agent
                    },
                    "relationship": if effective { "effective" } else { "inScopeButIneffective" },
                    "compliance": {
                        "status": if compliant { "compliant" } else { "nonCompliant" },
                        "evaluatedDateTime": format_rfc3339(HISTORY_END - DAY),
                    },
                    "enforcement": enforcement,
                    "effectivePolicy": {"id": policy.id(), "version": version},
                });
                value.as_object().cloned().unwrap_or_default()
            })
            .collect()
    }

    /// Whether agent `i` complies with policy `index`, and when the last enforcement action
    /// happened and the next one is due.
    fn subject_facts(&self, index: usize, agent: usize) -> (bool, Ticks, Ticks) {
        let id = self.items[index].id();
        let hash = id
            .bytes()
            .chain(self.agents[agent].bytes())
            .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            });
        let compliant = hash % 3 != 0;
        let last = HISTORY_END - (2 + (hash >> 8) as i64 % 12) * DAY;
        (compliant, last, last + 14 * DAY)
    }

    /// The report of policy `index`: its scope processing and how many subjects it covers.
    pub fn report(&self, index: usize) -> Map<String, Value> {
        let policy = &self.items[index];
        let value = json!({
            "id": policy.id(),
            "policyVersion": policy.object.get("versionNumber"),
            "subjectsInScopeCount": self.subject_reports(index).len(),
            "scopeProcessing": {
                "currentStatus": "idle",
                "lastSuccessfulProcessingDateTime": format_rfc3339(HISTORY_END - DAY),
                "latestAttempt": {
                    "status": "completed",
                    "startedDateTime": format_rfc3339(HISTORY_END - DAY - 600 * TICKS_PER_SECOND),
                    "completedDateTime": format_rfc3339(HISTORY_END - DAY),
                }
            }
        });
        value.as_object().cloned().unwrap_or_default()
    }

    /// The impact of policy `index` over a window: each subject with an enforcement action
    /// in it (the notification sent to a noncompliant subject the policy binds).
    pub fn impact(&self, index: usize, window: (Ticks, Ticks)) -> Vec<Map<String, Value>> {
        if !self.is_effective(index) {
            return Vec::new();
        }
        (0..self.agents.len())
            .filter_map(|i| {
                let (compliant, last, _) = self.subject_facts(index, i);
                let due = !compliant && last >= window.0 && last < window.1;
                due.then(|| {
                    let agent = &self.agents[i];
                    let value = json!({
                        "id": agent,
                        "actionsTaken": [{
                            "dateTime": format_rfc3339(last),
                            "actionType": "attestationNeededNotificationSent",
                        }],
                        "subject": {"@odata.type": "#microsoft.graph.directoryObject", "id": agent},
                    });
                    value.as_object().cloned().unwrap_or_default()
                })
            })
            .collect()
    }
}

/// A policy's own properties.
pub fn policy_object(
    id: &str,
    name: &str,
    description: &str,
    enforcement: Value,
    created: Ticks,
) -> Map<String, Value> {
    let value = json!({
        "@odata.type": AGENT_POLICY,
        "id": id,
        "displayName": name,
        "description": description,
        "policySource": "userCreated",
        "isEnabled": true,
        "versionNumber": 1,
        "createdDateTime": format_rfc3339(created),
        "lastModifiedDateTime": format_rfc3339(created),
        "enforcementAction": enforcement,
        "notificationSchedule": {"offsetsAfterNonComplianceInDays": [0, 7, 14]},
    });
    value.as_object().cloned().unwrap_or_default()
}

/// A rule of `kind` with its one setting.
pub fn rule_object(id: &str, kind: &(&str, &str, &str), setting: i64) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("@odata.type".into(), Value::String(format!("#{}", kind.0)));
    m.insert("id".into(), Value::String(id.to_owned()));
    m.insert("ruleType".into(), Value::String(kind.1.to_owned()));
    m.insert("isEnabled".into(), Value::Bool(true));
    m.insert(kind.2.to_owned(), Value::from(setting));
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_enabled_policy_binds() {
        let mut p = Policies::seeded(1, 0);
        let bound = |p: &Policies, i: usize| {
            p.subject_reports(i)
                .iter()
                .all(|r| r["relationship"] == "effective")
        };
        assert!(bound(&p, 0) && !bound(&p, 1));
        assert!(p.reorder(0, &[SEEDED_POLICIES[1].to_owned()]).is_ok());
        assert!(!bound(&p, 0) && bound(&p, 1));
        assert!(p.reorder(0, &["nope".to_owned()]).is_err());
        p.delete(1, 5);
        assert!(bound(&p, 0));
        assert_eq!(p.priorities[0].1, vec![SEEDED_POLICIES[0].to_owned()]);
        p.restore(1);
        assert_eq!(p.priorities[0].1.len(), 2);
    }
}
