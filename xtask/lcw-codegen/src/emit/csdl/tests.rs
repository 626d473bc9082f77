//! The writer on a small model: every element it writes, read back as XML.

use std::path::PathBuf;

use lcw_docs::diag::Span;
use lcw_docs::model::*;

use super::*;

const IG: &str = "microsoft.graph.identityGovernance";

fn source() -> Source {
    Source {
        file: PathBuf::from("api-reference/v1.0/resources/x.md"),
        span: Span::new(1, 1),
    }
}

fn prop(name: &str, ty: TypeRef, relationship: bool) -> Property {
    Property {
        wire_name: name.into(),
        documented_name: None,
        ty,
        description: String::new(),
        is_relationship: relationship,
        read_only: false,
        required: false,
        filter: Vec::new(),
        orderby: false,
        search: false,
        possible_values: Vec::new(),
        deprecated: false,
        source: source(),
    }
}

fn named(ns: &str, name: &str) -> TypeRef {
    TypeRef::Named(QualifiedName::new(ns, name))
}

fn coll(ty: TypeRef) -> TypeRef {
    TypeRef::Collection(Box::new(ty))
}

fn entity(ns: &str, name: &str, base: Option<(&str, &str)>, props: Vec<Property>) -> TypeDef {
    let mut def = TypeDef::new(QualifiedName::new(ns, name), TypeKind::Entity, source());
    def.base = base.map(|(ns, n)| QualifiedName::new(ns, n));
    def.key = Some("id".into());
    def.properties = props;
    def
}

fn op(verb: Verb, path: &str, returns: Option<TypeRef>) -> Operation {
    Operation {
        title: String::new(),
        id: path.into(),
        verb,
        path: path.into(),
        path_params: Vec::new(),
        query_options: Vec::new(),
        expandable: Vec::new(),
        request_body: Vec::new(),
        function_params: Vec::new(),
        returns,
        success_status: 200,
        examples: Vec::new(),
        source: source(),
    }
}

/// `/identityGovernance` (a complex page, addressed as a singleton) holding
/// `lifecycleWorkflows/workflows/{id}` with runs, an action, a function and a `$ref`.
fn model() -> VersionModel {
    let mut m = VersionModel::default();
    let mut root_entity = entity(
        "microsoft.graph",
        "entity",
        None,
        vec![prop("id", TypeRef::Primitive(Primitive::String), false)],
    );
    root_entity.is_abstract = true;
    let mut user = entity(
        "microsoft.graph",
        "user",
        Some(("microsoft.graph", "entity")),
        vec![],
    );
    user.open_type = true;
    let mut governance = TypeDef::new(
        QualifiedName::new("microsoft.graph", "identityGovernance"),
        TypeKind::Complex,
        source(),
    );
    governance.properties = vec![prop(
        "lifecycleWorkflows",
        named(IG, "lifecycleWorkflowsContainer"),
        true,
    )];
    let container = entity(
        IG,
        "lifecycleWorkflowsContainer",
        Some(("microsoft.graph", "entity")),
        vec![prop("workflows", coll(named(IG, "workflow")), true)],
    );
    let workflow = entity(
        IG,
        "workflow",
        Some(("microsoft.graph", "entity")),
        vec![
            prop("displayName", TypeRef::Primitive(Primitive::String), false),
            prop("category", named(IG, "lifecycleTaskCategory"), false),
            prop("note", named(IG, "a\"<&b"), false),
            prop("runs", coll(named(IG, "run")), true),
            prop("executionScope", coll(named(IG, "run")), true),
            prop("createdBy", named("microsoft.graph", "user"), true),
        ],
    );
    let run = entity(IG, "run", Some(("microsoft.graph", "entity")), vec![]);
    let mut summary = TypeDef::new(
        QualifiedName::new(IG, "runSummary"),
        TypeKind::Complex,
        source(),
    );
    summary.properties = vec![prop(
        "totalRuns",
        TypeRef::Primitive(Primitive::Int32),
        false,
    )];
    for def in [
        root_entity,
        user,
        governance,
        container,
        workflow,
        run,
        summary,
    ] {
        m.types.insert(def.name.clone(), def);
    }
    m.enums.insert(
        QualifiedName::new(IG, "lifecycleTaskCategory"),
        EnumDef {
            name: QualifiedName::new(IG, "lifecycleTaskCategory"),
            description: String::new(),
            members: ["joiner", "leaver", "unknownFutureValue", "mover"]
                .map(|name| EnumMember {
                    name: name.into(),
                    description: String::new(),
                    after_sentinel: name == "mover",
                })
                .into(),
            flags: true,
            source: source(),
        },
    );
    let workflows = "/identityGovernance/lifecycleWorkflows/workflows";
    let mut activate = op(
        Verb::Post,
        &format!("{workflows}/{{workflowId}}/activate"),
        None,
    );
    activate.request_body = vec![prop(
        "subjects",
        coll(named("microsoft.graph", "user")),
        false,
    )];
    let mut summary_fn = op(
        Verb::Get,
        &format!("{workflows}/{{workflowId}}/runs/summary(startDateTime={{startDateTime}})"),
        Some(named(IG, "runSummary")),
    );
    summary_fn.function_params = vec![prop(
        "startDateTime",
        TypeRef::Primitive(Primitive::DateTimeOffset),
        false,
    )];
    m.operations = vec![
        op(Verb::Get, workflows, Some(coll(named(IG, "workflow")))),
        op(
            Verb::Get,
            &format!("{workflows}/{{workflowId}}/runs/{{runId}}"),
            Some(named(IG, "run")),
        ),
        activate,
        // The same action again under another path: written once.
        op(
            Verb::Post,
            &format!("{workflows}/{{workflowId}}/microsoft.graph.identityGovernance.activate"),
            None,
        ),
        summary_fn,
        op(
            Verb::Delete,
            &format!("{workflows}/{{workflowId}}/executionScope/{{id}}/$ref"),
            None,
        ),
        op(Verb::Get, "/nowhere/{id}", None),
        // A relationship the page of `run` misses: no function either.
        op(
            Verb::Get,
            &format!("{workflows}/{{workflowId}}/runs/{{runId}}/missing"),
            Some(named(IG, "run")),
        ),
    ];
    m
}

fn written() -> String {
    document(
        &model(),
        "Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit.",
    )
    .expect("written")
}

fn element<'a>(doc: &'a roxmltree::Document, tag: &str, name: &str) -> roxmltree::Node<'a, 'a> {
    doc.descendants()
        .find(|n| n.has_tag_name(tag) && n.attribute("Name") == Some(name))
        .unwrap_or_else(|| panic!("no {tag} {name}"))
}

fn child<'a>(node: roxmltree::Node<'a, 'a>, tag: &str, name: &str) -> roxmltree::Node<'a, 'a> {
    node.children()
        .find(|n| n.has_tag_name(tag) && n.attribute("Name") == Some(name))
        .unwrap_or_else(|| panic!("no {tag} {name} in {:?}", node.attribute("Name")))
}

#[test]
fn the_document_is_edmx_with_one_schema_per_namespace() {
    let text = written();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- Generated from docs-src/api-reference/v1.0 by `cargo xtask regenerate`. Do not edit. -->\n"));
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(EDMX_NS));
    assert_eq!(
        (root.tag_name().name(), root.attribute("Version")),
        ("Edmx", Some("4.0"))
    );
    let schemas: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((EDM_NS, "Schema")))
        .map(|n| (n.attribute("Namespace").unwrap_or(""), n.attribute("Alias")))
        .collect();
    assert_eq!(schemas, [("microsoft.graph", Some("graph")), (IG, None)]);
}

#[test]
fn types_carry_base_key_abstract_open_and_escaped_references() {
    let text = written();
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let entity = element(&doc, "EntityType", "entity");
    assert_eq!(entity.attribute("Abstract"), Some("true"));
    let key = entity
        .children()
        .find(|n| n.has_tag_name("Key"))
        .expect("key on the root");
    assert_eq!(
        key.first_element_child().and_then(|r| r.attribute("Name")),
        Some("id")
    );
    assert_eq!(
        child(entity, "Property", "id").attribute("Nullable"),
        Some("false")
    );
    let workflow = element(&doc, "EntityType", "workflow");
    assert_eq!(workflow.attribute("BaseType"), Some("graph.entity"));
    assert!(
        workflow.children().all(|n| !n.has_tag_name("Key")),
        "inherited, not redeclared"
    );
    assert_eq!(
        child(workflow, "Property", "displayName").attribute("Type"),
        Some("Edm.String")
    );
    assert_eq!(
        child(workflow, "Property", "displayName").attribute("Nullable"),
        None
    );
    assert_eq!(
        child(workflow, "Property", "note").attribute("Type"),
        Some("microsoft.graph.identityGovernance.a\"<&b")
    );
    assert_eq!(
        element(&doc, "EntityType", "user").attribute("OpenType"),
        Some("true")
    );
    assert_eq!(
        child(workflow, "NavigationProperty", "createdBy").attribute("Type"),
        Some("graph.user")
    );
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("ComplexType") && n.attribute("Name") == Some("runSummary"))
    );
}

#[test]
fn containment_follows_the_paths_and_ref_paths_are_references() {
    let text = written();
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let workflow = element(&doc, "EntityType", "workflow");
    assert_eq!(
        child(workflow, "NavigationProperty", "runs").attribute("ContainsTarget"),
        Some("true")
    );
    assert_eq!(
        child(workflow, "NavigationProperty", "executionScope").attribute("ContainsTarget"),
        None
    );
    assert_eq!(
        child(workflow, "NavigationProperty", "createdBy").attribute("ContainsTarget"),
        None
    );
    let container = element(&doc, "EntityType", "lifecycleWorkflowsContainer");
    assert_eq!(
        child(container, "NavigationProperty", "workflows").attribute("ContainsTarget"),
        Some("true")
    );
}

#[test]
fn enums_number_members_in_page_order_and_flags_by_powers_of_two() {
    let text = written();
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let category = element(&doc, "EnumType", "lifecycleTaskCategory");
    assert_eq!(category.attribute("IsFlags"), Some("true"));
    let members: Vec<_> = category
        .children()
        .filter(|n| n.is_element())
        .map(|n| {
            (
                n.attribute("Name").unwrap_or(""),
                n.attribute("Value").unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        members,
        [
            ("joiner", "1"),
            ("leaver", "2"),
            ("unknownFutureValue", "4"),
            ("mover", "8")
        ]
    );
}

#[test]
fn bound_operations_and_the_container_come_from_the_paths() {
    let text = written();
    let doc = roxmltree::Document::parse(&text).expect("well-formed");
    let actions: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("Action"))
        .collect();
    assert_eq!(actions.len(), 1, "one action, whichever path spells it");
    let activate = actions[0];
    assert_eq!(
        activate
            .parent_element()
            .and_then(|s| s.attribute("Namespace")),
        Some(IG)
    );
    let params: Vec<_> = activate
        .children()
        .filter(|n| n.has_tag_name("Parameter"))
        .map(|n| {
            (
                n.attribute("Name").unwrap_or(""),
                n.attribute("Type").unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        params,
        [
            (
                "bindingParameter",
                "microsoft.graph.identityGovernance.workflow"
            ),
            ("subjects", "Collection(graph.user)"),
        ]
    );
    let functions = doc
        .descendants()
        .filter(|n| n.has_tag_name("Function"))
        .count();
    assert_eq!(
        functions, 1,
        "only the segment with parentheses is a function"
    );
    let summary = element(&doc, "Function", "summary");
    assert_eq!(summary.attribute("IsBound"), Some("true"));
    let binding = summary.first_element_child().expect("binding parameter");
    assert_eq!(
        binding.attribute("Type"),
        Some("Collection(microsoft.graph.identityGovernance.run)")
    );
    let returns = summary
        .children()
        .find(|n| n.has_tag_name("ReturnType"))
        .expect("returns");
    assert_eq!(
        returns.attribute("Type"),
        Some("microsoft.graph.identityGovernance.runSummary")
    );

    let container = element(&doc, "EntityContainer", CONTAINER);
    let roots: Vec<_> = container
        .children()
        .filter(|n| n.is_element())
        .map(|n| {
            (
                n.tag_name().name(),
                n.attribute("Name").unwrap_or(""),
                n.attribute("Type"),
            )
        })
        .collect();
    assert_eq!(
        roots,
        [(
            "Singleton",
            "identityGovernance",
            Some("graph.identityGovernance")
        )]
    );
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("EntityType")
                && n.attribute("Name") == Some("identityGovernance")),
        "a singleton's type is an entity type whatever its page says"
    );
}

#[test]
fn writing_is_deterministic_and_an_empty_model_is_still_a_document() {
    assert_eq!(written(), written());
    let empty = document(&VersionModel::default(), "h").expect("written");
    let doc = roxmltree::Document::parse(&empty).expect("well-formed");
    assert!(doc.descendants().any(|n| n.has_tag_name("EntityContainer")));
}

#[test]
fn a_header_cannot_end_the_comment_early() {
    let text = document(&VersionModel::default(), "a --- b -->").expect("written");
    assert!(roxmltree::Document::parse(&text).is_ok(), "{text}");
}
