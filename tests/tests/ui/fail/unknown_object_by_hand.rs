//! An `Unknown` polymorphic value is only ever read, so it never holds an object of a known
//! type: other crates cannot build one, they decode JSON instead.

use lcw_models::UnknownObject;
use lcw_models::beta::identity_governance::WorkflowExecutionConditionsKind;

fn main() {
    let mut object = serde_json::Map::new();
    object.insert(
        "@odata.type".to_owned(),
        "#microsoft.graph.identityGovernance.onDemandExecutionOnly".into(),
    );
    let _conditions = WorkflowExecutionConditionsKind::Unknown(UnknownObject::new(object));
}
