//! The XML walk: EDMX envelope, schemas, types, enums, operations, container.

use std::collections::BTreeMap;
use std::path::Path;

use lcw_docs::build::property_with_notes;
use lcw_docs::diag::{Diagnostic, Diagnostics, Span};
use lcw_docs::model::{
    EnumDef, EnumMember, Operation, Primitive, Property, QualifiedName, Source, TypeDef, TypeKind,
    TypeRef, Verb,
};
use roxmltree::{Document, Node, ParsingOptions};

use crate::codes::Code;
use crate::{Facets, Root, Schema};

/// Largest document read, in bytes: the whole v1.0 schema is about 3.5 MB.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;
/// Most XML nodes read: the v1.0 schema has about 150,000.
pub const MAX_NODES: u32 = 4_000_000;

const EDMX_NS: &str = "http://docs.oasis-open.org/odata/ns/edmx";
const EDM_NS: &str = "http://docs.oasis-open.org/odata/ns/edm";

/// Whether `node` carries an `Org.OData.Core.V1.Revisions` annotation with a revision of kind
/// `Deprecated` (the kind written as an attribute or as an `<EnumMember>` element).
fn marks_deprecated(node: Node<'_, '_>) -> bool {
    const TERMS: [&str; 2] = ["Org.OData.Core.V1.Revisions", "Core.Revisions"];
    node.children()
        .filter(|a| a.has_tag_name((EDM_NS, "Annotation")))
        .filter(|a| a.attribute("Term").is_some_and(|t| TERMS.contains(&t)))
        .flat_map(|a| a.descendants())
        .filter(|v| {
            v.has_tag_name((EDM_NS, "PropertyValue")) && v.attribute("Property") == Some("Kind")
        })
        .any(|kind| {
            let written = kind.attribute("EnumMember").or_else(|| {
                kind.children()
                    .find(|m| m.has_tag_name((EDM_NS, "EnumMember")))
                    .and_then(|m| m.text())
            });
            written.is_some_and(|w| w.trim().ends_with("RevisionKind/Deprecated"))
        })
}

/// Reads one CSDL document. `file` is how diagnostics and sources name it. See the crate docs.
pub fn read(xml: &str, file: &Path, diags: &mut Diagnostics) -> Schema {
    let lines = Lines::new(xml);
    let mut reader = Reader {
        file,
        lines: &lines,
        diags,
        aliases: BTreeMap::new(),
        schema: Schema::default(),
        bound: Vec::new(),
    };
    if xml.len() > MAX_BYTES {
        reader.report(
            0,
            Code::NotXml,
            format!("{} bytes, over the limit of {MAX_BYTES}", xml.len()),
        );
        return reader.schema;
    }
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(xml, options) {
        Ok(doc) => doc,
        Err(error) => {
            let at = error_offset(xml, &lines, &error);
            reader.report(at, Code::NotXml, error.to_string());
            return reader.schema;
        }
    };
    reader.document(&doc);
    reader.finish()
}

/// Where a parse error is: roxmltree gives 1:1 for errors without a position of their own,
/// which says nothing about a truncated document or where its DTD starts.
fn error_offset(xml: &str, lines: &Lines, error: &roxmltree::Error) -> usize {
    use roxmltree::Error as E;
    match error {
        E::UnclosedRootNode | E::UnexpectedEndOfStream => xml.len(),
        E::DtdDetected => xml.find("<!DOCTYPE").unwrap_or(0),
        other => {
            let pos = other.pos();
            lines.offset(pos.row, pos.col)
        }
    }
}

/// Line starts, to turn byte offsets into line:col without rescanning the text each time.
struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Lines { text, starts }
    }

    fn span(&self, offset: usize) -> Span {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset.min(self.text.len()))
            .map_or(0, |s| s.chars().count());
        Span::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(col + 1).unwrap_or(u32::MAX),
        )
    }

    /// Byte offset of a 1-based row and character column.
    fn offset(&self, row: u32, col: u32) -> usize {
        let Some(&start) = self.starts.get((row as usize).saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = self.text.get(start..).unwrap_or("");
        rest.char_indices()
            .nth((col as usize).saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }
}

/// A bound action or function before addresses are known.
struct Bound {
    name: QualifiedName,
    function: bool,
    binding: TypeRef,
    params: Vec<Property>,
    returns: Option<TypeRef>,
    source: Source,
}

struct Reader<'a> {
    file: &'a Path,
    lines: &'a Lines<'a>,
    diags: &'a mut Diagnostics,
    /// Alias -> namespace, from every `Schema` element.
    aliases: BTreeMap<String, String>,
    schema: Schema,
    bound: Vec<Bound>,
}

impl Reader<'_> {
    fn report(&mut self, offset: usize, code: Code, message: String) {
        self.diags.push(Diagnostic::new(
            self.file.to_path_buf(),
            self.lines.span(offset),
            code.severity(),
            code.code(),
            message,
        ));
    }

    fn source(&self, node: Node<'_, '_>) -> Source {
        Source {
            file: self.file.to_path_buf(),
            span: self.lines.span(node.range().start),
        }
    }

    /// The attribute, or a diagnostic naming the element and attribute.
    fn required<'n>(&mut self, node: Node<'n, '_>, attribute: &str) -> Option<&'n str> {
        let value = node.attribute(attribute);
        if value.is_none() {
            let element = node.tag_name().name().to_string();
            self.report(
                node.range().start,
                Code::MissingAttribute,
                format!("<{element}> has no {attribute} attribute"),
            );
        }
        value
    }

    fn document(&mut self, doc: &Document<'_>) {
        let root = doc.root_element();
        let edmx = root.tag_name().namespace() == Some(EDMX_NS) && root.has_tag_name("Edmx");
        if !edmx {
            let name = root.tag_name().name().to_string();
            self.report(
                root.range().start,
                Code::NotCsdl,
                format!("the root element is <{name}>, not edmx:Edmx"),
            );
            return;
        }
        let version = root.attribute("Version").unwrap_or("");
        if !version.starts_with("4.") {
            self.report(
                root.range().start,
                Code::NotCsdl,
                format!("EDMX Version {version:?}; only 4.x is read"),
            );
            return;
        }
        let schemas: Vec<Node<'_, '_>> = root
            .children()
            .filter(|n| n.has_tag_name((EDMX_NS, "DataServices")))
            .flat_map(|d| d.children())
            .filter(|n| n.has_tag_name((EDM_NS, "Schema")))
            .collect();
        if schemas.is_empty() {
            self.report(
                root.range().start,
                Code::NotCsdl,
                "no edmx:DataServices/Schema element".into(),
            );
            return;
        }
        // Aliases first: a schema may refer to another declared after it.
        for s in &schemas {
            let Some(namespace) = self.required(*s, "Namespace") else {
                continue;
            };
            let alias = s.attribute("Alias").map(str::to_string);
            if let Some(alias) = &alias {
                self.aliases.insert(alias.clone(), namespace.to_string());
            }
            self.schema.namespaces.insert(namespace.to_string(), alias);
        }
        for s in schemas {
            let Some(namespace) = s.attribute("Namespace") else {
                continue;
            };
            for node in s
                .children()
                .filter(|n| n.tag_name().namespace() == Some(EDM_NS))
            {
                match node.tag_name().name() {
                    "EntityType" => self.structured(namespace, node, TypeKind::Entity),
                    "ComplexType" => self.structured(namespace, node, TypeKind::Complex),
                    "EnumType" => self.enumeration(namespace, node),
                    "Action" => self.operation(namespace, node, false),
                    "Function" => self.operation(namespace, node, true),
                    "EntityContainer" => self.container(node),
                    _ => {}
                }
            }
        }
        // Out-of-line annotations last, once every type they may target is read.
        for annotations in doc
            .descendants()
            .filter(|n| n.has_tag_name((EDM_NS, "Annotations")))
        {
            self.deprecate_target(annotations);
        }
    }

    /// Marks the property an `<Annotations Target="ns.type/property">` element names deprecated
    /// when it holds a deprecation revision. Other targets (types, enum members, operations)
    /// have no such flag in the model.
    fn deprecate_target(&mut self, annotations: Node<'_, '_>) {
        if !marks_deprecated(annotations) {
            return;
        }
        let Some((ty, property)) = annotations
            .attribute("Target")
            .and_then(|t| t.split_once('/'))
        else {
            return;
        };
        let Some(def) = self
            .qualified(ty)
            .and_then(|name| self.schema.model.types.get_mut(&name))
        else {
            return;
        };
        if let Some(p) = def.properties.iter_mut().find(|p| p.wire_name == property) {
            p.deprecated = true;
        }
    }

    /// `graph.x` -> `microsoft.graph.x`; `Collection(..)`; `Edm.*`. Diagnoses what cannot be read.
    fn type_ref(&mut self, node: Node<'_, '_>, raw: &str) -> Option<TypeRef> {
        let resolved = self.resolve(raw.trim());
        if resolved.is_none() {
            self.report(
                node.range().start,
                Code::BadTypeReference,
                format!("type {raw:?} is neither Edm.* nor namespace-qualified"),
            );
        }
        resolved
    }

    fn resolve(&self, raw: &str) -> Option<TypeRef> {
        if let Some(inner) = raw
            .strip_prefix("Collection(")
            .and_then(|r| r.strip_suffix(')'))
        {
            return Some(TypeRef::Collection(Box::new(self.resolve(inner.trim())?)));
        }
        if let Some(edm) = raw.strip_prefix("Edm.") {
            return Some(match Primitive::parse(edm) {
                Some(p) => TypeRef::Primitive(p),
                // Geography, Untyped...: kept by name, the docs model has no primitive for them.
                None => TypeRef::Named(QualifiedName::new("Edm", edm)),
            });
        }
        self.qualified(raw).map(TypeRef::Named)
    }

    fn qualified(&self, raw: &str) -> Option<QualifiedName> {
        let mut name = QualifiedName::parse(raw)?;
        if let Some(namespace) = self.aliases.get(&name.namespace) {
            name.namespace.clone_from(namespace);
        }
        let valid = |s: &str| {
            s.split('.')
                .all(|p| !p.is_empty() && !p.contains(['(', ')', ' ']))
        };
        (valid(&name.namespace) && valid(&name.name)).then_some(name)
    }

    fn structured(&mut self, namespace: &str, node: Node<'_, '_>, kind: TypeKind) {
        let Some(name) = self.required(node, "Name") else {
            return;
        };
        let qualified = QualifiedName::new(namespace, name);
        if self.schema.model.types.contains_key(&qualified) {
            self.report(
                node.range().start,
                Code::DuplicateDefinition,
                format!("{qualified} is declared again"),
            );
            return;
        }
        let mut def = TypeDef::new(qualified.clone(), kind, self.source(node));
        def.is_abstract = node.attribute("Abstract") == Some("true");
        def.open_type = node.attribute("OpenType") == Some("true");
        if let Some(base) = node.attribute("BaseType") {
            def.base = match self.type_ref(node, base) {
                Some(TypeRef::Named(q)) => Some(q),
                _ => None,
            };
        }
        let mut facets = BTreeMap::new();
        for child in node.children().filter(|n| n.is_element()) {
            let relationship = match child.tag_name().name() {
                "Property" => false,
                "NavigationProperty" => true,
                "Key" => {
                    let refs: Vec<&str> = child
                        .children()
                        .filter_map(|r| r.attribute("Name"))
                        .collect();
                    def.key = Some(refs.join(","));
                    continue;
                }
                _ => continue,
            };
            let (Some(prop), Some(raw)) =
                (self.required(child, "Name"), self.required(child, "Type"))
            else {
                continue;
            };
            let Some(ty) = self.type_ref(child, raw) else {
                continue;
            };
            let mut property = property_with_notes(
                prop.to_string(),
                ty,
                String::new(),
                relationship,
                self.source(child),
            );
            property.deprecated = marks_deprecated(child);
            facets.insert(
                prop.to_string(),
                Facets {
                    nullable: child.attribute("Nullable") != Some("false"),
                    contains_target: child.attribute("ContainsTarget") == Some("true"),
                },
            );
            def.properties.push(property);
        }
        // Properties before relationships, as the docs model orders them.
        def.properties.sort_by_key(|p| p.is_relationship);
        self.schema.facets.insert(qualified.clone(), facets);
        self.schema.model.types.insert(qualified, def);
    }

    fn enumeration(&mut self, namespace: &str, node: Node<'_, '_>) {
        let Some(name) = self.required(node, "Name") else {
            return;
        };
        let qualified = QualifiedName::new(namespace, name);
        if self.schema.model.enums.contains_key(&qualified) {
            self.report(
                node.range().start,
                Code::DuplicateDefinition,
                format!("{qualified} is declared again"),
            );
            return;
        }
        let mut members = Vec::new();
        let mut after_sentinel = false;
        for m in node
            .children()
            .filter(|n| n.has_tag_name((EDM_NS, "Member")))
        {
            let Some(member) = self.required(m, "Name") else {
                continue;
            };
            members.push(EnumMember {
                name: member.to_string(),
                description: String::new(),
                after_sentinel,
            });
            after_sentinel |= member == "unknownFutureValue";
        }
        let source = self.source(node);
        self.schema.model.enums.insert(
            qualified.clone(),
            EnumDef {
                name: qualified,
                description: String::new(),
                members,
                flags: node.attribute("IsFlags") == Some("true"),
                source,
            },
        );
    }

    /// A bound action or function; unbound ones are reached through imports, not paths we model.
    fn operation(&mut self, namespace: &str, node: Node<'_, '_>, function: bool) {
        let Some(name) = self.required(node, "Name") else {
            return;
        };
        if node.attribute("IsBound") != Some("true") {
            return;
        }
        let mut params = Vec::new();
        let mut returns = None;
        for child in node.children().filter(|n| n.is_element()) {
            match child.tag_name().name() {
                "Parameter" => {
                    let (Some(p), Some(raw)) =
                        (self.required(child, "Name"), self.required(child, "Type"))
                    else {
                        return;
                    };
                    let Some(ty) = self.type_ref(child, raw) else {
                        return;
                    };
                    let mut param = property_with_notes(
                        p.to_string(),
                        ty,
                        String::new(),
                        false,
                        self.source(child),
                    );
                    param.required = child.attribute("Nullable") == Some("false");
                    params.push(param);
                }
                "ReturnType" => {
                    let Some(raw) = self.required(child, "Type") else {
                        return;
                    };
                    returns = self.type_ref(child, raw);
                }
                _ => {}
            }
        }
        if params.is_empty() {
            self.report(
                node.range().start,
                Code::MissingAttribute,
                format!("bound {name} has no binding parameter"),
            );
            return;
        }
        let binding = params.remove(0).ty;
        self.bound.push(Bound {
            name: QualifiedName::new(namespace, name),
            function,
            binding,
            params,
            returns,
            source: self.source(node),
        });
    }

    fn container(&mut self, node: Node<'_, '_>) {
        for child in node.children().filter(|n| n.is_element()) {
            let (singleton, type_attribute) = match child.tag_name().name() {
                "EntitySet" => (false, "EntityType"),
                "Singleton" => (true, "Type"),
                _ => continue,
            };
            let (Some(name), Some(raw)) = (
                self.required(child, "Name"),
                self.required(child, type_attribute),
            ) else {
                continue;
            };
            if let Some(TypeRef::Named(ty)) = self.type_ref(child, raw) {
                self.schema
                    .roots
                    .insert(name.to_string(), Root { ty, singleton });
            }
        }
    }

    /// Links subtypes, inherits keys, derives addresses and turns bound operations into
    /// operations with paths.
    fn finish(mut self) -> Schema {
        crate::paths::link_subtypes(&mut self.schema.model);
        crate::paths::inherit_keys(&mut self.schema.model);
        let (instances, collections) = crate::paths::addresses(&self.schema);
        for b in std::mem::take(&mut self.bound) {
            let target = match &b.binding {
                TypeRef::Collection(inner) => match inner.as_ref() {
                    TypeRef::Named(q) => {
                        crate::paths::address_of(&self.schema.model, &collections, q)
                    }
                    _ => None,
                },
                TypeRef::Named(q) => crate::paths::address_of(&self.schema.model, &instances, q),
                TypeRef::Primitive(_) => None,
            };
            let segment = if b.function {
                let args: Vec<String> = b
                    .params
                    .iter()
                    .map(|p| format!("{0}={{{0}}}", p.wire_name))
                    .collect();
                format!("{}({})", b.name.name, args.join(","))
            } else {
                b.name.name.clone()
            };
            let path = target.map_or_else(String::new, |t| format!("{t}/{segment}"));
            let path_params = path
                .split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(p, _)| p.to_string()))
                .collect();
            let (request_body, function_params) = if b.function {
                (Vec::new(), b.params)
            } else {
                (b.params, Vec::new())
            };
            let success_status = if b.returns.is_some() { 200 } else { 204 };
            let operation = Operation {
                title: format!("{} on {}", b.name, b.binding),
                id: b.name.to_string(),
                verb: if b.function { Verb::Get } else { Verb::Post },
                path,
                path_params,
                query_options: Vec::new(),
                expandable: Vec::new(),
                request_body,
                function_params,
                returns: b.returns,
                success_status,
                examples: Vec::new(),
                source: b.source,
            };
            self.schema.bound.push(crate::BoundOperation {
                name: b.name,
                binding: b.binding,
                operation,
            });
        }
        let by_path = |o: &Operation| (o.path.clone(), o.verb, o.id.clone());
        self.schema.bound.sort_by_key(|b| by_path(&b.operation));
        self.schema.model.operations = self
            .schema
            .bound
            .iter()
            .map(|b| b.operation.clone())
            .collect();
        self.schema.addresses = instances;
        self.schema.collections = collections;
        self.schema
    }
}
