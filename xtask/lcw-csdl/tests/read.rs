//! The reader on small CSDL documents written for these tests.

use std::path::Path;

use lcw_csdl::{Root, Schema};
use lcw_docs::diag::Diagnostics;
use lcw_docs::model::{Primitive, QualifiedName, TypeKind, TypeRef, Verb};

const SCHEMA: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="user" BaseType="graph.entity" OpenType="true">
        <Property Name="displayName" Type="Edm.String" />
      </EntityType>
      <EntityType Name="identityGovernance" BaseType="graph.entity">
        <NavigationProperty Name="lifecycleWorkflows" Type="microsoft.graph.identityGovernance.container" ContainsTarget="true" />
      </EntityType>
      <EntityContainer Name="GraphService">
        <EntitySet Name="users" EntityType="graph.user" />
        <Singleton Name="identityGovernance" Type="graph.identityGovernance" />
      </EntityContainer>
    </Schema>
    <Schema Namespace="microsoft.graph.identityGovernance" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="status">
        <Member Name="queued" Value="0" />
        <Member Name="unknownFutureValue" Value="1" />
        <Member Name="late" Value="2" />
      </EnumType>
      <EnumType Name="category" IsFlags="true">
        <Member Name="joiner" Value="1" />
        <Member Name="leaver" Value="2" />
      </EnumType>
      <EntityType Name="container" BaseType="graph.entity">
        <NavigationProperty Name="workflows" Type="Collection(microsoft.graph.identityGovernance.workflow)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="workflow" BaseType="graph.entity">
        <Property Name="category" Type="microsoft.graph.identityGovernance.category" Nullable="false" />
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="where" Type="Edm.GeographyPoint" />
        <NavigationProperty Name="createdBy" Type="graph.user" />
        <NavigationProperty Name="runs" Type="Collection(microsoft.graph.identityGovernance.run)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="run" BaseType="graph.entity">
        <Property Name="status" Type="microsoft.graph.identityGovernance.status" />
      </EntityType>
      <ComplexType Name="scope" Abstract="true" />
      <Action Name="activate" IsBound="true">
        <Parameter Name="bindingParameter" Type="microsoft.graph.identityGovernance.workflow" />
        <Parameter Name="subjects" Type="Collection(graph.user)" Nullable="false" />
      </Action>
      <Function Name="summary" IsBound="true">
        <Parameter Name="bindingParameter" Type="Collection(microsoft.graph.identityGovernance.run)" />
        <Parameter Name="startDateTime" Type="Edm.DateTimeOffset" />
        <ReturnType Type="graph.user" />
      </Function>
      <Action Name="unbound" />
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
"#;

fn read(xml: &str) -> (Schema, Vec<String>) {
    let mut diags = Diagnostics::default();
    let schema = lcw_csdl::read(xml, Path::new("t.xml"), &mut diags);
    (
        schema,
        diags
            .into_sorted()
            .iter()
            .map(ToString::to_string)
            .collect(),
    )
}

fn g(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph", name)
}

fn ig(name: &str) -> QualifiedName {
    QualifiedName::new("microsoft.graph.identityGovernance", name)
}

#[test]
fn types_are_read_with_aliases_expanded() {
    let (s, diags) = read(SCHEMA);
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(s.namespaces["microsoft.graph"].as_deref(), Some("graph"));
    assert_eq!(s.namespaces["microsoft.graph.identityGovernance"], None);
    let user = &s.model.types[&g("user")];
    assert_eq!(
        (user.kind, user.open_type, user.is_abstract),
        (TypeKind::Entity, true, false)
    );
    assert_eq!(user.base, Some(g("entity")), "graph. is microsoft.graph.");
    assert_eq!(user.key.as_deref(), Some("id"), "inherited from the root");
    assert_eq!(
        s.model.types[&g("entity")].subtypes,
        [
            g("identityGovernance"),
            g("user"),
            ig("container"),
            ig("run"),
            ig("workflow")
        ]
    );
    let scope = &s.model.types[&ig("scope")];
    assert_eq!(
        (scope.kind, scope.is_abstract, scope.key.clone()),
        (TypeKind::Complex, true, None)
    );
    let workflow = &s.model.types[&ig("workflow")];
    let shown: Vec<(String, String, bool)> = workflow
        .properties
        .iter()
        .map(|p| (p.wire_name.clone(), p.ty.to_string(), p.is_relationship))
        .collect();
    let want = [
        (
            "category",
            "microsoft.graph.identityGovernance.category",
            false,
        ),
        ("tags", "Collection(String)", false),
        ("where", "Edm.GeographyPoint", false),
        ("createdBy", "microsoft.graph.user", true),
        (
            "runs",
            "Collection(microsoft.graph.identityGovernance.run)",
            true,
        ),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
        .collect();
    assert_eq!(shown, want);
    assert_eq!(
        workflow.properties[0].source.span,
        lcw_docs::diag::Span::new(34, 9),
        "sources point at the element"
    );
    assert_eq!(workflow.properties[0].source.file, Path::new("t.xml"));
}

#[test]
fn nullability_and_containment_are_kept_beside_the_model() {
    let (s, _) = read(SCHEMA);
    assert_eq!(s.nullable(&ig("workflow"), "category"), Some(false));
    assert_eq!(
        s.nullable(&ig("workflow"), "tags"),
        Some(true),
        "CSDL's default"
    );
    assert_eq!(s.nullable(&ig("workflow"), "nothing"), None);
    let facets = &s.facets[&ig("workflow")];
    assert!(facets["runs"].contains_target && !facets["createdBy"].contains_target);
}

#[test]
fn enums_keep_order_sentinel_and_flags() {
    let (s, _) = read(SCHEMA);
    let status = &s.model.enums[&ig("status")];
    let members: Vec<(&str, bool)> = status
        .members
        .iter()
        .map(|m| (m.name.as_str(), m.after_sentinel))
        .collect();
    assert_eq!(
        members,
        [
            ("queued", false),
            ("unknownFutureValue", false),
            ("late", true)
        ]
    );
    assert!(!status.flags);
    assert!(s.model.enums[&ig("category")].flags);
}

#[test]
fn roots_and_containment_give_addresses() {
    let (s, _) = read(SCHEMA);
    assert_eq!(
        s.roots["users"],
        Root {
            ty: g("user"),
            singleton: false
        }
    );
    assert!(s.roots["identityGovernance"].singleton);
    assert_eq!(s.addresses[&g("user")], "/users/{userId}");
    assert_eq!(
        s.addresses[&ig("workflow")],
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}"
    );
    assert_eq!(
        s.collections[&ig("run")],
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs"
    );
}

#[test]
fn bound_operations_become_operations_with_paths() {
    let (s, _) = read(SCHEMA);
    assert_eq!(
        s.bound.len(),
        2,
        "the unbound action is not an operation of a path"
    );
    let ops = &s.model.operations;
    let activate = ops
        .iter()
        .find(|o| o.id == "microsoft.graph.identityGovernance.activate")
        .expect("activate");
    assert_eq!(activate.verb, Verb::Post);
    assert_eq!(
        activate.path,
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/activate"
    );
    assert_eq!(activate.path_params, ["workflowId"]);
    assert_eq!(activate.request_body[0].wire_name, "subjects");
    assert!(activate.request_body[0].required, "Nullable=false");
    assert_eq!(
        (activate.returns.clone(), activate.success_status),
        (None, 204)
    );
    let summary = ops.iter().find(|o| o.verb == Verb::Get).expect("summary");
    assert_eq!(
        summary.path,
        "/identityGovernance/lifecycleWorkflows/workflows/{workflowId}/runs/summary(startDateTime={startDateTime})"
    );
    assert_eq!(
        summary.function_params[0].ty,
        TypeRef::Primitive(Primitive::DateTimeOffset)
    );
    assert_eq!(summary.returns, Some(TypeRef::Named(g("user"))));
    let binding = s
        .bound
        .iter()
        .find(|b| b.name.name == "summary")
        .expect("bound");
    assert_eq!(
        binding.binding.to_string(),
        "Collection(microsoft.graph.identityGovernance.run)"
    );
}

#[test]
fn missing_attributes_and_bad_types_are_diagnosed_and_skipped() {
    let xml = SCHEMA
        .replace(
            r#"<Property Name="displayName" Type="Edm.String" />"#,
            r#"<Property Name="displayName" />"#,
        )
        .replace(
            r#"Type="microsoft.graph.identityGovernance.status""#,
            r#"Type="status""#,
        );
    let (s, diags) = read(&xml);
    assert_eq!(diags.len(), 2, "{diags:?}");
    assert!(
        diags[0].starts_with("t.xml:10:9: error[LCW4003]: <Property> has no Type"),
        "{diags:?}"
    );
    assert!(
        diags[1].starts_with("t.xml:41:9: error[LCW4004]: type \"status\""),
        "{diags:?}"
    );
    assert!(s.model.types[&g("user")].properties.is_empty());
    assert!(s.model.types[&ig("run")].properties.is_empty());
    assert!(
        s.model.types.contains_key(&ig("workflow")),
        "the rest still loads"
    );
}

#[test]
fn a_type_declared_twice_keeps_the_first() {
    let xml = SCHEMA.replace(
        r#"<ComplexType Name="scope" Abstract="true" />"#,
        r#"<ComplexType Name="scope" Abstract="true" /><ComplexType Name="scope" />"#,
    );
    let (s, diags) = read(&xml);
    assert_eq!(diags.len(), 1);
    assert!(diags[0].contains("warning[LCW4005]"), "{diags:?}");
    assert!(s.model.types[&ig("scope")].is_abstract);
}

/// A `Revisions` annotation with one record of `kind`, the kind written as an element.
fn revision(kind: &str) -> String {
    format!(
        r#"<Annotation Term="Org.OData.Core.V1.Revisions"><Collection><Record>
          <PropertyValue Property="Kind"><EnumMember>Org.OData.Core.V1.RevisionKind/{kind}</EnumMember></PropertyValue>
          <PropertyValue Property="Description" String="Replaced by a newer property." />
        </Record></Collection></Annotation>"#
    )
}

#[test]
fn deprecation_revisions_mark_properties_inline_and_by_target() {
    let inline = format!(
        r#"<Property Name="tags" Type="Collection(Edm.String)">{}</Property>"#,
        revision("Deprecated")
    );
    let targeted = format!(
        r#"<Annotations Target="microsoft.graph.identityGovernance.workflow/where">{}</Annotations>
      <Annotations Target="graph.user/displayName">{}</Annotations>
      <Annotations Target="microsoft.graph.identityGovernance.run">{}</Annotations>
      <Action Name="unbound" />"#,
        revision("Deprecated"),
        revision("Added"),
        revision("Deprecated"),
    );
    let xml = SCHEMA
        .replace(
            r#"<Property Name="tags" Type="Collection(Edm.String)" />"#,
            &inline,
        )
        .replace(r#"<Action Name="unbound" />"#, &targeted);
    let (s, diags) = read(&xml);
    assert!(diags.is_empty(), "{diags:?}");
    let deprecated = |ty: &QualifiedName| -> Vec<&str> {
        s.model.types[ty]
            .properties
            .iter()
            .filter(|p| p.deprecated)
            .map(|p| p.wire_name.as_str())
            .collect()
    };
    assert_eq!(deprecated(&ig("workflow")), ["tags", "where"]);
    // A revision of another kind deprecates nothing; a type-level one marks no property.
    assert!(deprecated(&g("user")).is_empty());
    assert!(deprecated(&ig("run")).is_empty());
}
