//! The parameters of an action's request body, checked in one place against the routed
//! operation's request body table (`OperationInfo::body`, generated from the docs): a parameter
//! the table does not list and a missing (or `null`) parameter the table marks required are each
//! a `400` before any handler runs. Handlers read the parameters this returns and decode only
//! their values.

use lcw_models::{BodyParam, OperationInfo};
use serde_json::{Map, Value};

use super::bodies::invalid_body;
use crate::errors::GraphError;

/// Parameters the service takes that an operation's request body table leaves out, by
/// operation id, each with why it is accepted. Keep this list short: the right fix is a
/// correction of the table in `docs-src/overrides.toml`, after which an entry goes.
const UNTABULATED: &[(&str, BodyParam, &str)] = &[(
    "workflow-activatewithscope",
    BodyParam {
        name: "scope",
        required: false,
    },
    "The table lists only `subjects`, but the v1.0 page's own example 3 sends `scope`, and the \
     service schema (v1.0 CSDL) declares `scope` (an `activationScope`) as the action's only \
     parameter, which is what Microsoft's SDKs send.",
)];

/// The parameters of the body of `action` (the operation `op`): a JSON object whose members
/// are parameters the operation's table lists (instance annotations such as `@odata.type` are
/// left alone), with every required one present and not `null`. An empty body is an empty
/// object. Anything else is a `400` with Graph's `BadRequest` code.
pub fn action_parameters(
    op: &OperationInfo,
    action: &str,
    body: &[u8],
) -> Result<Map<String, Value>, GraphError> {
    let params = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        super::bodies::json_object(body)?
    };
    let extra = UNTABULATED
        .iter()
        .filter(|(id, _, _)| *id == op.id)
        .map(|(_, param, _)| param);
    let accepted: Vec<&BodyParam> = op.body.iter().chain(extra).collect();
    if let Some(unknown) = params
        .keys()
        .filter(|name| !name.contains('@'))
        .find(|name| !accepted.iter().any(|p| p.name == name.as_str()))
    {
        let listed: Vec<&str> = accepted.iter().map(|p| p.name).collect();
        let takes = if listed.is_empty() {
            "takes no parameters".to_owned()
        } else {
            format!("takes {}", listed.join(", "))
        };
        return Err(invalid_body(format!(
            "The parameter '{unknown}' in the request payload is not a valid parameter for the operation '{action}', which {takes}."
        )));
    }
    if let Some(missing) = accepted
        .iter()
        .filter(|p| p.required)
        .find(|p| params.get(p.name).is_none_or(Value::is_null))
    {
        return Err(invalid_body(format!(
            "The parameter '{}' is required by the operation '{action}'.",
            missing.name
        )));
    }
    Ok(params)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(id: &str) -> &'static OperationInfo {
        match lcw_models::beta::OPERATIONS
            .iter()
            .find(|o| o.id == id && o.method == "POST")
        {
            Some(op) => op,
            None => panic!("no operation {id}"),
        }
    }

    fn refused(id: &str, body: &str) -> Option<String> {
        action_parameters(op(id), "x", body.as_bytes())
            .err()
            .map(|e| format!("{} {} {:?}", e.status.as_u16(), e.code, e.inner_code))
    }

    #[test]
    fn parameters_follow_the_request_body_table() {
        let bad = Some(r#"400 BadRequest Some("InvalidRequestBody")"#.to_owned());
        // Listed, required present.
        assert_eq!(
            refused("workflow-activateandwait", r#"{"subject":{}}"#),
            None
        );
        // Required missing or null.
        assert_eq!(refused("workflow-activateandwait", "{}"), bad);
        assert_eq!(
            refused("workflow-activateandwait", r#"{"subject":null}"#),
            bad
        );
        assert_eq!(refused("workflow-previewworkflow", ""), bad);
        // Not listed.
        assert_eq!(
            refused("workflow-activateandwait", r#"{"subject":{},"extra":1}"#),
            bad
        );
        assert_eq!(refused("workflow-clearquarantine", r#"{"x":1}"#), bad);
        assert_eq!(refused("workflow-restore", r#"{"x":1}"#), bad);
        // No parameters at all: an empty body or object; annotations are no parameters.
        assert_eq!(refused("workflow-clearquarantine", ""), None);
        assert_eq!(refused("workflow-clearquarantine", "{}"), None);
        assert_eq!(
            refused(
                "workflow-activate",
                r##"{"@odata.type":"#x","subjects":[]}"##
            ),
            None
        );
        // Not an object.
        assert_eq!(refused("workflow-activate", "[]"), bad);
        assert_eq!(refused("workflow-activate", "{"), bad);
    }

    #[test]
    fn untabulated_parameters_are_accepted_where_listed() {
        assert_eq!(
            refused("workflow-activatewithscope", r#"{"scope":{}}"#),
            None
        );
        assert_eq!(
            refused("workflow-activatewithscope", r#"{"subjects":[]}"#),
            None
        );
        assert!(refused("workflow-activate", r#"{"scope":{}}"#).is_some());
        for (id, param, reason) in UNTABULATED {
            let op = op(id);
            assert!(
                op.body_param(param.name).is_none(),
                "{id}: now in the table"
            );
            assert!(!reason.is_empty());
        }
    }
}
