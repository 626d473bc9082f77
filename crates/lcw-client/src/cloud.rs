//! Where Graph lives, as data: every national cloud, its hosts where Microsoft publishes them,
//! and in which API versions its service schema declares the lifecycle workflows API.
//!
//! The availability columns follow the per-cloud service schemas (a schema declaring
//! `microsoft.graph.identityGovernance.workflow` has the API); an upstream test checks them
//! against the table kept beside the repository, both ways.

/// Whether a cloud's service schema of one API version declares the lifecycle workflows API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Availability {
    /// The schema declares it.
    Available,
    /// The schema is published and does not declare it: calls would fail.
    Absent,
    /// No schema of this version is published for the cloud: nobody can say.
    Unpublished,
}

/// The API versions a client calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GraphVersion {
    /// `/v1.0`.
    V1,
    /// `/beta`.
    Beta,
}

impl GraphVersion {
    /// The path segment: `v1.0`, `beta`.
    pub fn segment(self) -> &'static str {
        match self {
            GraphVersion::V1 => "v1.0",
            GraphVersion::Beta => "beta",
        }
    }

    /// The versions this build of the crate can call (features `v1` and `beta`).
    pub fn enabled() -> &'static [GraphVersion] {
        const ENABLED: &[GraphVersion] = &[
            #[cfg(feature = "v1")]
            GraphVersion::V1,
            #[cfg(feature = "beta")]
            GraphVersion::Beta,
        ];
        ENABLED
    }
}

/// One Graph deployment: its service root and the token scope its tokens are issued for.
/// Tokens of one cloud are not valid in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cloud {
    /// Short name, as `lcw --cloud` takes it (`global`, `usgov-l4`, `bleu`...).
    pub name: &'static str,
    /// What Microsoft calls it.
    pub display_name: &'static str,
    /// The name of its service schema (`Prod`, `Fairfax`, `Mooncake`...): clouds sharing a
    /// schema share availability.
    pub schema: &'static str,
    /// Graph's service root, without a trailing `/`; `None` where Microsoft publishes none
    /// (give it with [`ClientBuilder::service_root`](crate::ClientBuilder::service_root)).
    pub graph_url: Option<&'static str>,
    /// The Microsoft Entra authority host its tokens come from, where Microsoft publishes it.
    pub authority_host: Option<&'static str>,
    /// The lifecycle workflows API in `/v1.0`.
    pub v1: Availability,
    /// The lifecycle workflows API in `/beta`.
    pub beta: Availability,
}

use Availability::{Absent, Available, Unpublished};

impl Cloud {
    /// The global service.
    pub const GLOBAL: Cloud = Cloud {
        name: "global",
        display_name: "Global",
        schema: "Prod",
        graph_url: Some("https://graph.microsoft.com"),
        authority_host: Some("https://login.microsoftonline.com"),
        v1: Available,
        beta: Unpublished,
    };
    /// Microsoft Graph for US Government L4 (GCC High).
    pub const US_GOV_L4: Cloud = Cloud {
        name: "usgov-l4",
        display_name: "US Government L4",
        schema: "Fairfax",
        graph_url: Some("https://graph.microsoft.us"),
        authority_host: Some("https://login.microsoftonline.us"),
        v1: Available,
        beta: Unpublished,
    };
    /// Microsoft Graph for US Government L5 (DOD).
    pub const US_GOV_L5: Cloud = Cloud {
        name: "usgov-l5",
        display_name: "US Government L5 (DOD)",
        schema: "Fairfax",
        graph_url: Some("https://dod-graph.microsoft.us"),
        authority_host: Some("https://login.microsoftonline.us"),
        v1: Available,
        beta: Unpublished,
    };
    /// Microsoft Graph China operated by 21Vianet.
    pub const CHINA: Cloud = Cloud {
        name: "china",
        display_name: "China, operated by 21Vianet",
        schema: "Mooncake",
        graph_url: Some("https://microsoftgraph.chinacloudapi.cn"),
        authority_host: Some("https://login.chinacloudapi.cn"),
        v1: Available,
        beta: Unpublished,
    };
    /// US Government Secret; its hosts are not published.
    pub const US_NAT: Cloud = Cloud {
        name: "usnat",
        display_name: "US Government Secret",
        schema: "USNat",
        graph_url: None,
        authority_host: None,
        v1: Available,
        beta: Available,
    };
    /// US Government Top Secret; its hosts are not published.
    pub const US_SEC: Cloud = Cloud {
        name: "ussec",
        display_name: "US Government Top Secret",
        schema: "USSec",
        graph_url: None,
        authority_host: None,
        v1: Available,
        beta: Available,
    };
    /// Bleu, the French sovereign cloud: its v1.0 schema has no lifecycle workflows.
    pub const BLEU: Cloud = Cloud {
        name: "bleu",
        display_name: "Bleu",
        schema: "France",
        graph_url: None,
        authority_host: None,
        v1: Absent,
        beta: Unpublished,
    };
    /// Delos, the German sovereign cloud: its v1.0 schema has no lifecycle workflows.
    pub const DELOS: Cloud = Cloud {
        name: "delos",
        display_name: "Delos",
        schema: "Germany",
        graph_url: None,
        authority_host: None,
        v1: Absent,
        beta: Unpublished,
    };
    /// GovSG, Singapore's government cloud: no lifecycle workflows in either version.
    pub const GOV_SG: Cloud = Cloud {
        name: "govsg",
        display_name: "GovSG",
        schema: "Singapore",
        graph_url: None,
        authority_host: None,
        v1: Absent,
        beta: Absent,
    };

    /// Every cloud this crate knows.
    pub const ALL: [Cloud; 9] = [
        Cloud::GLOBAL,
        Cloud::US_GOV_L4,
        Cloud::US_GOV_L5,
        Cloud::CHINA,
        Cloud::US_NAT,
        Cloud::US_SEC,
        Cloud::BLEU,
        Cloud::DELOS,
        Cloud::GOV_SG,
    ];

    /// The cloud with this short name.
    pub fn by_name(name: &str) -> Option<Cloud> {
        Cloud::ALL
            .into_iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The scope a token for this cloud is requested with: `{graph_url}/.default`; `None`
    /// where the Graph host is not published.
    pub fn scope(&self) -> Option<String> {
        self.graph_url.map(|url| format!("{url}/.default"))
    }

    /// Whether the lifecycle workflows API exists in `version` of this cloud.
    pub fn lifecycle_workflows(&self, version: GraphVersion) -> Availability {
        match version {
            GraphVersion::V1 => self.v1,
            GraphVersion::Beta => self.beta,
        }
    }

    /// Refuses a `version` whose schema is published without the API; an unpublished schema
    /// is not a refusal.
    pub fn check_version(&self, version: GraphVersion) -> Result<(), CloudError> {
        match self.lifecycle_workflows(version) {
            Absent => Err(CloudError::NotInVersion {
                cloud: self.display_name,
                version: version.segment(),
            }),
            Available | Unpublished => Ok(()),
        }
    }

    /// Refuses a cloud where, of the `versions` a client calls, none is known to have the API
    /// and some is known to lack it: a client for it would only fail. An unpublished schema
    /// alone is no evidence either way (the global cloud publishes no beta schema).
    pub fn check(&self, versions: &[GraphVersion]) -> Result<(), CloudError> {
        let said = |wanted| {
            versions
                .iter()
                .any(|&v| self.lifecycle_workflows(v) == wanted)
        };
        if said(Available) || !said(Absent) {
            return Ok(());
        }
        let status = versions
            .iter()
            .map(|&v| {
                let said = match self.lifecycle_workflows(v) {
                    Available => "present",
                    Absent => "absent from its schema",
                    Unpublished => "no schema published",
                };
                format!("{}: {said}", v.segment())
            })
            .collect::<Vec<_>>()
            .join("; ");
        Err(CloudError::NoLifecycleWorkflows {
            cloud: self.display_name,
            status,
        })
    }
}

/// Why a client is not built for a cloud.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CloudError {
    /// No API version the client calls is known to have the lifecycle workflows API there.
    #[error("the lifecycle workflows API does not exist in {cloud} ({status})")]
    NoLifecycleWorkflows {
        /// The cloud's display name.
        cloud: &'static str,
        /// What each version's schema says, e.g. `v1.0: absent from its schema`.
        status: String,
    },
    /// The cloud's schema of this version has no lifecycle workflows.
    #[error("the lifecycle workflows API is not in the {version} schema of {cloud}")]
    NotInVersion {
        /// The cloud's display name.
        cloud: &'static str,
        /// `v1.0` or `beta`.
        version: &'static str,
    },
    /// Microsoft publishes no Graph host for the cloud, and none was given.
    #[error(
        "no public Graph host is known for {cloud}: give its service root with `service_root(..)`"
    )]
    NoPublishedHost {
        /// The cloud's display name.
        cloud: &'static str,
    },
}

/// What `ClientBuilder::build` checks of a named cloud, before anything is sent: the API exists
/// in a version this build calls, and a service root is known (`service_root` is what the
/// builder holds, empty when the cloud publishes none and none was given).
pub(crate) fn admit(cloud: Option<Cloud>, service_root: &str) -> Result<(), CloudError> {
    let Some(cloud) = cloud else {
        return Ok(());
    };
    cloud.check(GraphVersion::enabled())?;
    if service_root.is_empty() {
        return Err(CloudError::NoPublishedHost {
            cloud: cloud.display_name,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOTH: &[GraphVersion] = &[GraphVersion::V1, GraphVersion::Beta];

    #[test]
    fn names_are_unique_and_found_in_any_case() {
        for cloud in Cloud::ALL {
            assert_eq!(Cloud::by_name(&cloud.name.to_uppercase()), Some(cloud));
            let same = Cloud::ALL.iter().filter(|c| c.name == cloud.name).count();
            assert_eq!(same, 1, "{}", cloud.name);
        }
        assert_eq!(Cloud::by_name("germany"), None);
    }

    #[test]
    fn clouds_without_the_api_in_any_version_are_refused() {
        let refused: Vec<_> = Cloud::ALL
            .into_iter()
            .filter(|c| c.check(BOTH).is_err())
            .map(|c| c.name)
            .collect();
        assert_eq!(refused, ["bleu", "delos", "govsg"]);
        let message = Cloud::GOV_SG.check(BOTH).expect_err("refused").to_string();
        assert_eq!(
            message,
            "the lifecycle workflows API does not exist in GovSG (v1.0: absent from its schema; \
             beta: absent from its schema)"
        );
        let message = Cloud::BLEU.check(BOTH).expect_err("refused").to_string();
        assert!(message.contains("v1.0: absent from its schema; beta: no schema published"));
    }

    #[test]
    fn only_the_versions_a_build_calls_count() {
        // No beta schema is published for these: no evidence, no refusal.
        assert!(Cloud::GLOBAL.check(&[GraphVersion::Beta]).is_ok());
        assert!(Cloud::BLEU.check(&[GraphVersion::Beta]).is_ok());
        assert!(Cloud::BLEU.check(&[GraphVersion::V1]).is_err());
        assert!(Cloud::GOV_SG.check(&[GraphVersion::Beta]).is_err());
    }

    #[test]
    fn a_version_is_refused_only_when_its_schema_lacks_the_api() {
        assert_eq!(
            Cloud::BLEU.check_version(GraphVersion::V1),
            Err(CloudError::NotInVersion {
                cloud: "Bleu",
                version: "v1.0"
            })
        );
        assert!(Cloud::BLEU.check_version(GraphVersion::Beta).is_ok());
        assert!(Cloud::CHINA.check_version(GraphVersion::V1).is_ok());
    }

    /// The build-time refusal covers every refusal the table calls for only while no cloud
    /// that passes it has a version known to lack the API; if one ever does, calls of that
    /// version must be refused where they are made.
    #[test]
    fn every_admitted_cloud_has_the_api_wherever_its_schema_is_published() {
        for cloud in Cloud::ALL.into_iter().filter(|c| c.check(BOTH).is_ok()) {
            for version in BOTH {
                assert!(cloud.check_version(*version).is_ok(), "{}", cloud.name);
            }
        }
    }

    #[test]
    fn a_cloud_with_the_api_but_no_published_host_needs_a_service_root() {
        assert_eq!(
            admit(Some(Cloud::US_SEC), ""),
            Err(CloudError::NoPublishedHost {
                cloud: "US Government Top Secret"
            })
        );
        assert!(admit(Some(Cloud::US_SEC), "https://graph.example.test").is_ok());
        assert!(admit(None, "").is_ok(), "no cloud named: nothing to check");
        assert!(admit(Some(Cloud::GOV_SG), "https://graph.example.test").is_err());
    }

    #[test]
    fn the_builder_refuses_before_any_request() {
        let build = |cloud: Cloud| crate::Client::builder().cloud(cloud).token("t").build();
        let refused = build(Cloud::DELOS).expect_err("no lifecycle workflows in Delos");
        assert!(matches!(
            refused,
            crate::Error::Cloud(CloudError::NoLifecycleWorkflows { cloud: "Delos", .. })
        ));
        assert!(refused.to_string().starts_with(
            "the lifecycle workflows API does not exist in Delos (v1.0: absent from its schema"
        ));
        assert!(matches!(
            build(Cloud::US_NAT),
            Err(crate::Error::Cloud(CloudError::NoPublishedHost { .. }))
        ));
        let given = crate::Client::builder()
            .cloud(Cloud::US_NAT)
            .service_root("https://graph.example.test")
            .build()
            .expect("a host given for a cloud with the API");
        assert_eq!(given.service_root().as_str(), "https://graph.example.test/");
        let china = build(Cloud::CHINA).expect("China has the API");
        assert_eq!(
            china.service_root().as_str(),
            "https://microsoftgraph.chinacloudapi.cn/"
        );
    }

    #[test]
    fn published_hosts_are_https_and_scopes_follow_them() {
        for cloud in Cloud::ALL {
            for host in [cloud.graph_url, cloud.authority_host]
                .into_iter()
                .flatten()
            {
                assert!(
                    host.starts_with("https://") && !host.ends_with('/'),
                    "{host}"
                );
            }
        }
        assert_eq!(
            Cloud::US_GOV_L5.scope().as_deref(),
            Some("https://dod-graph.microsoft.us/.default")
        );
        assert_eq!(Cloud::DELOS.scope(), None);
    }
}
