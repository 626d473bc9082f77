//! The schema check on small models and CSDL documents written here.

use std::path::Path;

use lcw_docs::diag::{Diagnostics, Span};
use lcw_docs::model::{
    EnumDef, EnumMember, Operation, Primitive, Property, QualifiedName, Source, TypeDef, TypeKind,
    TypeRef, Verb, VersionModel,
};
use lcw_docs::overrides::Overrides;

use super::accepted::{self, Accepted};
use super::beta::{BetaNames, compare_beta};
use super::compare::compare_v1;
use super::verdicts::{Verdict, judge};
use crate::drift::Change;

const NS: &str = "microsoft.graph.identityGovernance";

const CSDL: &str = r#"<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="identityGovernance" BaseType="graph.entity">
        <NavigationProperty Name="workflows" Type="Collection(microsoft.graph.identityGovernance.workflow)" ContainsTarget="true" />
      </EntityType>
      <EntityContainer Name="GraphService">
        <Singleton Name="identityGovernance" Type="graph.identityGovernance" />
      </EntityContainer>
    </Schema>
    <Schema Namespace="microsoft.graph.identityGovernance" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="status">
        <Member Name="queued" Value="0" />
        <Member Name="unknownFutureValue" Value="1" />
      </EnumType>
      <ComplexType Name="scope" Abstract="true" />
      <EntityType Name="workflow" BaseType="graph.entity">
        <Property Name="displayName" Type="Edm.String" />
        <Property Name="status" Type="microsoft.graph.identityGovernance.status" />
        <Property Name="taskProcessingresult" Type="Edm.String" />
        <Property Name="fresh" Type="Edm.Int32" />
        <NavigationProperty Name="owner" Type="graph.entity" />
      </EntityType>
      <Action Name="activateWithScope" IsBound="true">
        <Parameter Name="bindingParameter" Type="microsoft.graph.identityGovernance.workflow" />
        <Parameter Name="scope" Type="microsoft.graph.identityGovernance.scope" />
      </Action>
      <Action Name="restore" IsBound="true">
        <Parameter Name="bindingParameter" Type="microsoft.graph.identityGovernance.workflow" />
        <ReturnType Type="microsoft.graph.identityGovernance.workflow" />
      </Action>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

fn schema() -> lcw_csdl::Schema {
    let mut diags = Diagnostics::default();
    let s = lcw_csdl::read(CSDL, Path::new("m.xml"), &mut diags);
    assert!(diags.as_slice().is_empty(), "{:?}", diags.as_slice());
    s
}

fn src(line: u32) -> Source {
    Source {
        file: "api-reference/v1.0/resources/x.md".into(),
        span: Span::new(line, 1),
    }
}

fn prop(name: &str, ty: TypeRef, relationship: bool) -> Property {
    lcw_docs::build::property_with_notes(name.into(), ty, String::new(), relationship, src(20))
}

fn string() -> TypeRef {
    TypeRef::Primitive(Primitive::String)
}

fn ig(name: &str) -> QualifiedName {
    QualifiedName::new(NS, name)
}

/// docs-src as a reader would model it: `entity` with `id`, a workflow that repeats `id`, spells
/// one property differently, lacks `fresh`, has `gone`, and calls `owner` a plain property.
fn docs() -> VersionModel {
    let mut m = VersionModel::default();
    let entity = QualifiedName::new("microsoft.graph", "entity");
    let mut e = TypeDef::new(entity.clone(), TypeKind::Entity, src(1));
    e.properties = vec![prop("id", string(), false)];
    m.types.insert(entity.clone(), e);
    let mut w = TypeDef::new(ig("workflow"), TypeKind::Entity, src(10));
    w.base = Some(entity.clone());
    w.key = Some("id".into());
    w.properties = vec![
        prop("id", string(), false),
        prop("displayName", string(), false),
        prop("status", TypeRef::Named(ig("status")), false),
        prop("taskProcessingResult", string(), false),
        prop("gone", string(), false),
        prop("owner", TypeRef::Named(entity), false),
    ];
    m.types.insert(ig("workflow"), w);
    m.types.insert(
        ig("scope"),
        TypeDef::new(ig("scope"), TypeKind::Complex, src(30)),
    );
    m.enums.insert(
        ig("status"),
        EnumDef {
            name: ig("status"),
            description: String::new(),
            members: ["queued", "paused", "unknownFutureValue"]
                .iter()
                .map(|n| EnumMember {
                    name: n.to_string(),
                    description: String::new(),
                    after_sentinel: false,
                })
                .collect(),
            flags: false,
            source: src(40),
        },
    );
    m.operations.push(Operation {
        title: "Activate".into(),
        id: "workflow-activatewithscope".into(),
        verb: Verb::Post,
        path: "/identityGovernance/workflows/{workflow-id}/activatewithscope".into(),
        path_params: vec!["workflow-id".into()],
        query_options: Vec::new(),
        expandable: Vec::new(),
        request_body: vec![prop("subjects", string(), false)],
        function_params: Vec::new(),
        returns: None,
        success_status: 204,
        examples: Vec::new(),
        source: src(50),
    });
    m
}

fn shown(changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .map(|c| format!("{} {}: {}", c.subject, c.kind, c.detail))
        .collect()
}

#[test]
fn v1_differences_are_found_with_inheritance_and_bound_operations() {
    let found = shown(&compare_v1(&docs(), &schema(), NS));
    let expected = [
        "POST /identityGovernance/workflows/{workflow-id}/activatewithscope operation-renamed-case: activatewithscope -> activateWithScope",
        "POST /identityGovernance/workflows/{workflow-id}/activatewithscope parameter-added: scope: microsoft.graph.identityGovernance.scope",
        "POST /identityGovernance/workflows/{workflow-id}/activatewithscope parameter-removed: subjects: String",
        "POST /identityGovernance/workflows/{workflowId}/restore operation-added: microsoft.graph.identityGovernance.restore on microsoft.graph.identityGovernance.workflow",
        "microsoft.graph.identityGovernance.scope abstract-changed: abstract false -> true",
        "microsoft.graph.identityGovernance.status member-removed: paused",
        "microsoft.graph.identityGovernance.workflow property-added: fresh: Int32",
        "microsoft.graph.identityGovernance.workflow property-removed: gone: String",
        "microsoft.graph.identityGovernance.workflow property-renamed-case: taskProcessingResult -> taskProcessingresult",
        "microsoft.graph.identityGovernance.workflow relationship-changed: owner: property -> navigation",
    ];
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "{found:#?}");
}

#[test]
fn findings_point_at_the_docs_or_else_at_the_schema() {
    let found = compare_v1(&docs(), &schema(), NS);
    let removed = found
        .iter()
        .find(|c| c.kind == "property-removed")
        .expect("gone");
    assert_eq!(
        (removed.file.as_str(), removed.line),
        ("api-reference/v1.0/resources/x.md", 20)
    );
    let added = found
        .iter()
        .find(|c| c.kind == "property-added")
        .expect("fresh");
    assert_eq!((added.file.as_str(), added.line), ("m.xml", 25));
}

#[test]
fn other_namespaces_are_left_out() {
    assert!(compare_v1(&docs(), &schema(), "microsoft.graph.callRecords").is_empty());
}

fn listed(subject: &str, change: &str, detail: &str) -> Accepted {
    Accepted {
        version: "v1.0".into(),
        subject: subject.into(),
        change: change.into(),
        detail: detail.into(),
        reason: "because".into(),
    }
}

#[test]
fn the_accepted_list_is_two_sided() {
    let changes = compare_v1(&docs(), &schema(), NS);
    let all: Vec<Accepted> = changes
        .iter()
        .map(|c| listed(&c.subject, c.kind, &c.detail))
        .collect();
    let run = |list: &[Accepted]| {
        super::report(
            changes.clone(),
            list,
            Vec::new(),
            Diagnostics::default(),
            &schema(),
            NS,
        )
    };
    let clean = run(&all);
    assert!(!clean.failed() && clean.unlisted().count() == 0);
    assert_eq!(clean.schema_definitions, 3);
    let missing_one = run(&all[1..]);
    assert!(missing_one.failed());
    assert_eq!(missing_one.unlisted().count(), 1);
    let mut with_stale = all.clone();
    with_stale.push(listed(
        "microsoft.graph.identityGovernance.workflow",
        "property-added",
        "old: String",
    ));
    let stale = run(&with_stale);
    assert!(stale.failed());
    assert_eq!(stale.stale.len(), 1);
    assert_eq!(stale.stale[0].detail, "old: String");
}

#[test]
fn the_accepted_list_needs_reasons_and_known_keys() {
    let good = "[[difference]]\nversion = \"v1.0\"\ntype = \"t\"\nchange = \"type-added\"\ndetail = \"d\"\nreason = \"r\"\n";
    assert_eq!(accepted::parse(good).expect("valid").len(), 1);
    assert!(accepted::parse(&good.replace("reason = \"r\"", "reason = \" \"")).is_err());
    assert!(accepted::parse(&good.replace("detail", "details")).is_err());
    assert!(accepted::parse("[[difference]]\nversion = 1").is_err());
}

#[test]
fn overrides_are_confirmed_contradicted_or_undecidable() {
    let text = r#"
[[property]]
type = "microsoft.graph.identityGovernance.workflow"
name = "taskProcessingResult"
wire_name = "taskProcessingresult"
reason = "r"

[[property]]
type = "microsoft.graph.identityGovernance.workflow"
name = "displayName"
ty = "Int32"
reason = "r"

[[example]]
operation = "x"
unwrap = "y"
reason = "r"

[[type]]
type = "microsoft.graph.identityGovernance.scope"
abstract = true
reason = "r"
"#;
    let overrides = Overrides::parse(text, "o.toml".into(), &mut Diagnostics::default());
    let verdicts: Vec<(String, Verdict)> = judge(&overrides, &schema(), None)
        .into_iter()
        .map(|j| (format!("{} {}", j.entry, j.target), j.verdict))
        .collect();
    assert_eq!(
        verdicts,
        [
            (
                format!("[[property]] {NS}.workflow.taskProcessingResult"),
                Verdict::Confirmed
            ),
            (
                format!("[[property]] {NS}.workflow.displayName"),
                Verdict::Contradicted
            ),
            ("[[example]] x".to_string(), Verdict::NotDecidable),
            (format!("[[type]] {NS}.scope"), Verdict::Confirmed),
        ]
    );
}

#[test]
fn beta_is_compared_by_name_through_docs_bases() {
    let dir = tempfile::tempdir().expect("temp dir");
    let entity = r#"{"microsoft.graph": {"entity": {"properties": ["id"]}},
        "microsoft.graph.identityGovernance": {"workflow": {"properties": ["displayName", "status", "taskProcessingresult", "fresh"], "navigationProperties": ["owner"]}}}"#;
    let complex = r#"{"microsoft.graph.identityGovernance": {"scope": {}, "newScope": {}}}"#;
    let enums = r#"{"microsoft.graph.identityGovernance": {"status": ["queued", "unknownFutureValue", "late"]}}"#;
    for (file, text) in super::beta::FILES.iter().zip([entity, complex, enums]) {
        std::fs::write(dir.path().join(file), text).expect("written");
    }
    let names = BetaNames::read(dir.path(), NS).expect("readable");
    let found = shown(&compare_beta(&docs(), &names, NS));
    let expected = [
        "microsoft.graph.identityGovernance.newScope type-added: by name",
        "microsoft.graph.identityGovernance.status member-added-position-unknown: late",
        "microsoft.graph.identityGovernance.status member-removed: paused",
        "microsoft.graph.identityGovernance.workflow property-added: fresh",
        "microsoft.graph.identityGovernance.workflow property-removed: gone",
        "microsoft.graph.identityGovernance.workflow property-renamed-case: taskProcessingResult -> taskProcessingresult",
        "microsoft.graph.identityGovernance.workflow relationship-changed: owner: property -> navigation",
    ];
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "{found:#?}");
    std::fs::write(dir.path().join(super::beta::FILES[2]), "[").expect("written");
    let error = BetaNames::read(dir.path(), NS).expect_err("malformed");
    assert!(
        format!("{error:#}").contains("beta-enum-types.json"),
        "{error:#}"
    );
}

#[test]
fn data_paths_walk_navigation_properties_and_calls_do_not() {
    use super::compare::addresses_data;
    let s = schema();
    assert!(addresses_data(&s, "/identityGovernance/workflows"));
    assert!(addresses_data(
        &s,
        "/identityGovernance/workflows/{id}/owner"
    ));
    assert!(addresses_data(
        &s,
        "/identityGovernance/workflows/{id}/owner/$ref"
    ));
    assert!(
        !addresses_data(&s, "/identityGovernance/workflows/{id}/restore"),
        "a call"
    );
    assert!(!addresses_data(
        &s,
        "/identityGovernance/workflows/{id}/nothing/more"
    ));
    assert!(!addresses_data(&s, "/elsewhere/workflows"));
    assert!(!addresses_data(&s, ""));
}
