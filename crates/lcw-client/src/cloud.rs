//! Where Graph lives: the national clouds that have the lifecycle workflows API, as data.

/// One Graph deployment: its service root and the token scope its tokens are issued for.
/// Tokens of one cloud are not valid in another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cloud {
    /// Short name (`global`, `usgov-l4`, `usgov-l5`, `china`).
    pub name: &'static str,
    /// Graph's service root, without a trailing `/`.
    pub graph_url: &'static str,
    /// The Microsoft Entra authority host its tokens come from.
    pub authority_host: &'static str,
}

impl Cloud {
    /// The global service.
    pub const GLOBAL: Cloud = Cloud {
        name: "global",
        graph_url: "https://graph.microsoft.com",
        authority_host: "https://login.microsoftonline.com",
    };
    /// Microsoft Graph for US Government L4.
    pub const US_GOV_L4: Cloud = Cloud {
        name: "usgov-l4",
        graph_url: "https://graph.microsoft.us",
        authority_host: "https://login.microsoftonline.us",
    };
    /// Microsoft Graph for US Government L5 (DOD).
    pub const US_GOV_L5: Cloud = Cloud {
        name: "usgov-l5",
        graph_url: "https://dod-graph.microsoft.us",
        authority_host: "https://login.microsoftonline.us",
    };
    /// Microsoft Graph China operated by 21Vianet.
    pub const CHINA: Cloud = Cloud {
        name: "china",
        graph_url: "https://microsoftgraph.chinacloudapi.cn",
        authority_host: "https://login.chinacloudapi.cn",
    };

    /// Every cloud this crate knows.
    pub const ALL: [Cloud; 4] = [
        Cloud::GLOBAL,
        Cloud::US_GOV_L4,
        Cloud::US_GOV_L5,
        Cloud::CHINA,
    ];

    /// The cloud with this short name.
    pub fn by_name(name: &str) -> Option<Cloud> {
        Cloud::ALL
            .into_iter()
            .find(|c| c.name.eq_ignore_ascii_case(name))
    }

    /// The scope a token for this cloud is requested with: `{graph_url}/.default`.
    pub fn scope(&self) -> String {
        format!("{}/.default", self.graph_url)
    }
}
