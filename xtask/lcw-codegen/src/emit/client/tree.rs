//! The path tree of one version: every operation path split after the common root into
//! segments, key segments under one parent merged whatever their parameter is called, and each
//! operation attached as a method to the node it is called on.

use std::collections::{BTreeMap, BTreeSet};

use lcw_docs::diag::{Diagnostic, Diagnostics, Severity};
use lcw_docs::model::{Operation, QualifiedName, TypeRef, Verb, VersionModel};

use crate::codes::CLIENT_NAMING;
use crate::plan::VersionPlan;
use crate::recase::{pascal, snake};

/// One segment of an operation path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// `runs`.
    Static(String),
    /// `{runId}`.
    Key(String),
    /// `summary(startDateTime={startDateTime},endDateTime={endDateTime})`.
    Function {
        /// `summary`.
        name: String,
        /// Arguments in path order.
        args: Vec<(String, FnArg)>,
    },
    /// `$ref`.
    Ref,
}

/// The value of one function argument in a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FnArg {
    /// `{startDateTime}`: a parameter of the call.
    Param(String),
    /// A fixed value written in the path (`period='D7'`), kept as written.
    Fixed(String),
}

/// Reads one path segment.
pub fn parse_segment(raw: &str) -> Option<Seg> {
    if raw == "$ref" {
        return Some(Seg::Ref);
    }
    if let Some(param) = raw.strip_prefix('{').and_then(|r| r.strip_suffix('}')) {
        return Some(Seg::Key(param.to_owned()));
    }
    if let Some((name, rest)) = raw.split_once('(') {
        let inner = rest.strip_suffix(')')?;
        let mut args = Vec::new();
        for part in inner.split(',').filter(|p| !p.trim().is_empty()) {
            let (arg, value) = part.split_once('=')?;
            let value = value.trim();
            let value = match value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
                Some(param) => FnArg::Param(param.to_owned()),
                None => FnArg::Fixed(value.to_owned()),
            };
            args.push((arg.trim().to_owned(), value));
        }
        if name.is_empty() || name.contains(['{', '}']) {
            return None;
        }
        return Some(Seg::Function {
            name: name.to_owned(),
            args,
        });
    }
    if raw.is_empty() || raw.contains(['{', '}', '(', ')', '?', '#', '%', ' ']) {
        return None;
    }
    Some(Seg::Static(raw.to_owned()))
}

/// What a node of the tree is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum NodeKind {
    /// The common prefix of every path.
    Root,
    /// A static segment.
    Static(String),
    /// A key segment (an item of the collection above).
    Key,
}

/// What an operation method does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodKind {
    /// GET answering a collection.
    List,
    /// GET answering one value.
    Get,
    /// POST to the node.
    Create,
    /// PATCH.
    Update,
    /// PUT.
    Replace,
    /// DELETE.
    Delete,
    /// An operation on `{id}/$ref` (the suffix is added to the path).
    Ref,
    /// POST to a final static segment nothing else goes through.
    Action {
        /// The segment.
        segment: String,
    },
    /// GET on a function segment.
    Function {
        /// The function name.
        name: String,
        /// Its arguments.
        args: Vec<(String, FnArg)>,
    },
}

/// An operation as a method of a node.
#[derive(Debug, Clone)]
pub struct Method {
    /// The Rust method name.
    pub name: String,
    /// Index of the operation in the version's operations (and its `OPERATIONS` table).
    pub op: usize,
    /// What it does.
    pub kind: MethodKind,
}

/// One path node: a handle type of the generated client.
#[derive(Debug, Clone)]
pub struct Node {
    /// The node above; `None` for the root.
    pub parent: Option<usize>,
    /// What it is.
    pub kind: NodeKind,
    /// Children by kind.
    pub children: BTreeMap<NodeKind, usize>,
    /// Key parameter names seen for a key node, first seen first.
    pub key_params: Vec<String>,
    /// Path template for docs, from the root of the service (`/a/b/{id}`).
    pub template: String,
    /// Operations called on this node.
    pub methods: Vec<Method>,
    /// Segments below the root (0 for the root).
    pub depth: usize,
    /// Handle type name (filled in when the tree names its nodes).
    pub name: String,
    /// For a key node: the accessor method's base name (a wire-style name, `workflow`).
    pub singular: String,
}

/// The tree of one version.
#[derive(Debug, Clone)]
pub struct Tree {
    /// Nodes; the root is node 0.
    pub nodes: Vec<Node>,
}

fn error(op: &Operation, message: String) -> Diagnostic {
    Diagnostic::new(
        op.source.file.clone(),
        op.source.span,
        Severity::Error,
        CLIENT_NAMING,
        message,
    )
}

fn split(path: &str) -> Vec<&str> {
    let route = path.split('?').next().unwrap_or_default();
    route.split('/').filter(|s| !s.is_empty()).collect()
}

impl Tree {
    /// Builds the tree of `model`; an operation the tree cannot express is an error diagnostic.
    pub fn build(
        model: &VersionModel,
        plan: &VersionPlan,
        version_module: &str,
        diags: &mut Diagnostics,
    ) -> Tree {
        let ops = &model.operations;
        let raw: Vec<Vec<&str>> = ops.iter().map(|op| split(&op.path)).collect();
        // The root: the longest common run of static segments, leaving every path at least
        // its last segment.
        let mut root_len = raw
            .iter()
            .map(|s| s.len().saturating_sub(1))
            .min()
            .unwrap_or(0);
        for (i, first) in raw.first().into_iter().flatten().enumerate() {
            let is_static = matches!(parse_segment(first), Some(Seg::Static(_)));
            if i >= root_len || !is_static || raw.iter().any(|s| s.get(i) != Some(first)) {
                root_len = root_len.min(i);
                break;
            }
        }
        let root_template = raw
            .first()
            .map(|s| s[..root_len].iter().map(|seg| format!("/{seg}")).collect())
            .unwrap_or_default();
        let mut tree = Tree {
            nodes: vec![Node {
                parent: None,
                kind: NodeKind::Root,
                children: BTreeMap::new(),
                key_params: Vec::new(),
                template: root_template,
                methods: Vec::new(),
                depth: 0,
                name: pascal(version_module),
                singular: String::new(),
            }],
        };

        let mut parsed: Vec<Option<Vec<Seg>>> = Vec::new();
        for (op, segs) in ops.iter().zip(&raw) {
            let segs: Option<Vec<Seg>> =
                segs[root_len..].iter().map(|s| parse_segment(s)).collect();
            if segs.is_none() {
                diags.push(error(
                    op,
                    format!(
                        "`{} {}`: a path segment is not a name, a `{{key}}`, a function call or `$ref`; the client has no method for it",
                        op.verb.as_str(),
                        op.path
                    ),
                ));
            }
            parsed.push(segs);
        }
        // How many operations go through each prefix (keys merged).
        let mut through: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        for segs in parsed.iter().flatten() {
            let norm = normalised(segs);
            for len in 1..=norm.len() {
                *through.entry(norm[..len].to_vec()).or_default() += 1;
            }
        }

        for (index, (op, segs)) in ops.iter().zip(&parsed).enumerate() {
            let Some(segs) = segs else { continue };
            let n = segs.len();
            let inner_ok = segs
                .iter()
                .take(n.saturating_sub(1))
                .all(|s| matches!(s, Seg::Static(_) | Seg::Key(_)));
            if !inner_ok {
                diags.push(error(
                    op,
                    format!(
                        "`{} {}`: a function call or `$ref` before the last segment; the client has no method for it",
                        op.verb.as_str(),
                        op.path
                    ),
                ));
                continue;
            }
            let (node_segs, kind) = match segs.last() {
                Some(Seg::Ref) => {
                    if n < 2 {
                        diags.push(error(
                            op,
                            format!("`{}`: `$ref` needs a segment before it", op.path),
                        ));
                        continue;
                    }
                    (&segs[..n - 1], MethodKind::Ref)
                }
                Some(Seg::Function { name, args }) => {
                    if op.verb != Verb::Get {
                        diags.push(error(
                            op,
                            format!(
                                "`{} {}`: only GET is expected on a function; the client has no method for it",
                                op.verb.as_str(),
                                op.path
                            ),
                        ));
                        continue;
                    }
                    (
                        &segs[..n - 1],
                        MethodKind::Function {
                            name: name.clone(),
                            args: args.clone(),
                        },
                    )
                }
                Some(Seg::Static(segment))
                    if op.verb == Verb::Post && through.get(&normalised(segs)) == Some(&1) =>
                {
                    (
                        &segs[..n - 1],
                        MethodKind::Action {
                            segment: segment.clone(),
                        },
                    )
                }
                _ => {
                    let kind = match op.verb {
                        Verb::Get if matches!(op.returns, Some(TypeRef::Collection(_))) => {
                            MethodKind::List
                        }
                        Verb::Get => MethodKind::Get,
                        Verb::Post => MethodKind::Create,
                        Verb::Patch => MethodKind::Update,
                        Verb::Put => MethodKind::Replace,
                        Verb::Delete => MethodKind::Delete,
                    };
                    (&segs[..], kind)
                }
            };
            let node = tree.insert(node_segs);
            let name = match &kind {
                MethodKind::List => "list".to_owned(),
                MethodKind::Get => "get".to_owned(),
                MethodKind::Create => "create".to_owned(),
                MethodKind::Update => "update".to_owned(),
                MethodKind::Replace => "replace".to_owned(),
                MethodKind::Delete => "delete".to_owned(),
                MethodKind::Ref => match op.verb {
                    Verb::Get => "get_ref",
                    Verb::Post => "add_ref",
                    Verb::Patch => "update_ref",
                    Verb::Put => "replace_ref",
                    Verb::Delete => "delete_ref",
                }
                .to_owned(),
                MethodKind::Action { segment } => snake(segment),
                MethodKind::Function { name, .. } => snake(name),
            };
            tree.nodes[node].methods.push(Method {
                name,
                op: index,
                kind,
            });
        }
        tree.name(model, plan, diags);
        tree
    }

    fn insert(&mut self, segs: &[Seg]) -> usize {
        let mut at = 0;
        for seg in segs {
            let (kind, piece, param) = match seg {
                Seg::Static(s) => (NodeKind::Static(s.clone()), s.clone(), None),
                Seg::Key(p) => (NodeKind::Key, format!("{{{p}}}"), Some(p.clone())),
                _ => unreachable!("only static and key segments make nodes"),
            };
            let next = match self.nodes[at].children.get(&kind) {
                Some(&child) => child,
                None => {
                    let child = self.nodes.len();
                    let template = format!("{}/{piece}", self.nodes[at].template);
                    let depth = self.nodes[at].depth + 1;
                    self.nodes.push(Node {
                        parent: Some(at),
                        kind: kind.clone(),
                        children: BTreeMap::new(),
                        key_params: Vec::new(),
                        template,
                        methods: Vec::new(),
                        depth,
                        name: String::new(),
                        singular: String::new(),
                    });
                    self.nodes[at].children.insert(kind, child);
                    child
                }
            };
            if let Some(param) = param
                && !self.nodes[next].key_params.contains(&param)
            {
                self.nodes[next].key_params.push(param);
            }
            at = next;
        }
        at
    }

    /// The single type a node stands for, when the docs tell.
    pub fn node_type(
        &self,
        model: &VersionModel,
        plan: &VersionPlan,
        node: usize,
    ) -> Option<QualifiedName> {
        let n = &self.nodes[node];
        for m in &n.methods {
            if m.kind == MethodKind::Get
                && let Some(TypeRef::Named(t)) = &model.operations[m.op].returns
            {
                return Some(t.clone());
            }
        }
        match &n.kind {
            NodeKind::Root => None,
            NodeKind::Key => self.element_type(model, plan, n.parent?),
            NodeKind::Static(seg) => {
                let owner = self.node_type(model, plan, n.parent?)?;
                match property_type(plan, &owner, seg)? {
                    TypeRef::Named(t) => Some(t.clone()),
                    _ => None,
                }
            }
        }
    }

    /// The element type of a collection node: (a) the property named like its segment on the
    /// parent's type, (b) what GET on its item or a list on it returns.
    pub fn element_type(
        &self,
        model: &VersionModel,
        plan: &VersionPlan,
        collection: usize,
    ) -> Option<QualifiedName> {
        let n = &self.nodes[collection];
        if let (NodeKind::Static(seg), Some(parent)) = (&n.kind, n.parent)
            && let Some(owner) = self.node_type(model, plan, parent)
            && let Some(TypeRef::Collection(inner)) = property_type(plan, &owner, seg)
            && let TypeRef::Named(t) = inner.as_ref()
        {
            return Some(t.clone());
        }
        if let Some(&item) = n.children.get(&NodeKind::Key) {
            for m in &self.nodes[item].methods {
                if m.kind == MethodKind::Get
                    && let Some(TypeRef::Named(t)) = &model.operations[m.op].returns
                {
                    return Some(t.clone());
                }
            }
        }
        for m in &n.methods {
            if m.kind == MethodKind::List
                && let Some(TypeRef::Collection(inner)) = &model.operations[m.op].returns
                && let TypeRef::Named(t) = inner.as_ref()
            {
                return Some(t.clone());
            }
        }
        None
    }

    /// Decides every handle's type name and every key node's accessor name.
    fn name(&mut self, model: &VersionModel, plan: &VersionPlan, diags: &mut Diagnostics) {
        for i in 0..self.nodes.len() {
            if self.nodes[i].kind == NodeKind::Key {
                let parent = self.nodes[i].parent.unwrap_or(0);
                let singular = match self.element_type(model, plan, parent) {
                    Some(t) => t.name,
                    None => {
                        let param = self.nodes[i]
                            .key_params
                            .first()
                            .cloned()
                            .unwrap_or_default();
                        match param.strip_suffix("Id").filter(|s| !s.is_empty()) {
                            Some(stripped) => stripped.to_owned(),
                            None => param,
                        }
                    }
                };
                self.nodes[i].singular = singular;
            }
        }
        // Key nodes are named by their element (`Run`); where two nodes would take one name,
        // all but the unique shallowest are qualified by the node above their collection, then
        // by the collection itself.
        let mut level = vec![0u8; self.nodes.len()];
        loop {
            self.assign_names(&level);
            let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
            for (i, n) in self.nodes.iter().enumerate() {
                by_name.entry(n.name.as_str()).or_default().push(i);
            }
            let mut bumped = false;
            let mut clashes = Vec::new();
            for group in by_name.values().filter(|g| g.len() > 1) {
                let min = group
                    .iter()
                    .map(|&i| self.nodes[i].depth)
                    .min()
                    .unwrap_or(0);
                let shallow: Vec<_> = group
                    .iter()
                    .filter(|&&i| self.nodes[i].depth == min)
                    .collect();
                let keeper = (shallow.len() == 1).then(|| *shallow[0]);
                let mut moved = false;
                for &i in group {
                    if Some(i) != keeper && self.nodes[i].kind == NodeKind::Key && level[i] < 2 {
                        level[i] += 1;
                        moved = true;
                    }
                }
                if !moved {
                    clashes.push(group.clone());
                }
                bumped |= moved;
            }
            if !bumped {
                for group in clashes {
                    let paths: Vec<_> = group
                        .iter()
                        .map(|&i| format!("`{}`", self.nodes[i].template))
                        .collect();
                    if let Some(op) = group
                        .iter()
                        .find_map(|&i| self.first_op(i))
                        .map(|op| &model.operations[op])
                    {
                        diags.push(error(
                            op,
                            format!(
                                "the client handles of {} would all be named `{}`",
                                paths.join(", "),
                                self.nodes[group[0]].name
                            ),
                        ));
                    }
                }
                break;
            }
        }
    }

    /// An operation at or below `node`, to place a diagnostic.
    pub fn first_op(&self, node: usize) -> Option<usize> {
        let n = &self.nodes[node];
        n.methods
            .first()
            .map(|m| m.op)
            .or_else(|| n.children.values().find_map(|&c| self.first_op(c)))
    }

    fn assign_names(&mut self, level: &[u8]) {
        // Parents come before children in `nodes`.
        for (i, &level) in level.iter().enumerate().skip(1) {
            let parent = self.nodes[i].parent.unwrap_or(0);
            let base = |tree: &Tree, node: usize| {
                if node == 0 {
                    String::new()
                } else {
                    tree.nodes[node].name.clone()
                }
            };
            let name = match &self.nodes[i].kind {
                NodeKind::Root => continue,
                NodeKind::Static(seg) => format!("{}{}", base(self, parent), pascal(seg)),
                NodeKind::Key => {
                    let own = pascal(&self.nodes[i].singular);
                    let above = self.nodes[parent].parent.unwrap_or(0);
                    match level {
                        0 => own,
                        1 if above != 0 => format!("{}{own}", base(self, above)),
                        _ => format!("{}{own}", base(self, parent)),
                    }
                }
            };
            self.nodes[i].name = name;
        }
    }

    /// The name of the `impl Client` method that opens the root.
    pub fn root_method(version_module: &str) -> String {
        snake(version_module)
    }
}

/// The keys that identify a prefix: static names, `{}` for any key, functions by name.
fn normalised(segs: &[Seg]) -> Vec<String> {
    segs.iter()
        .map(|s| match s {
            Seg::Static(s) => s.clone(),
            Seg::Key(_) => "{}".to_owned(),
            Seg::Function { name, .. } => format!("{name}()"),
            Seg::Ref => "$ref".to_owned(),
        })
        .collect()
}

/// The type of property `wire` of `owner`, inherited properties included.
fn property_type<'a>(
    plan: &'a VersionPlan,
    owner: &QualifiedName,
    wire: &str,
) -> Option<&'a TypeRef> {
    plan.properties
        .get(owner)?
        .iter()
        .find(|p| p.property.wire_name == wire)
        .map(|p| &p.property.ty)
}

/// Names of a handle's methods, to report two that collide.
pub fn check_methods(
    names: &[(String, Option<usize>)],
    handle: &str,
    model: &VersionModel,
    fallback: Option<usize>,
    diags: &mut Diagnostics,
) {
    let mut seen: BTreeMap<&str, Option<usize>> = BTreeMap::new();
    let mut reported = BTreeSet::new();
    for (name, op) in names {
        if let Some(other) = seen.get(name.as_str()) {
            if reported.insert(name.clone())
                && let Some(at) = op.or(*other).or(fallback)
            {
                let ids: Vec<String> = [*other, *op]
                    .into_iter()
                    .flatten()
                    .map(|o| format!("`{}`", model.operations[o].id))
                    .collect();
                diags.push(error(
                    &model.operations[at],
                    format!(
                        "two methods of the client handle `{handle}` would be named `{name}` ({}); rename the segment or action in the docs",
                        if ids.is_empty() { "a path segment".to_owned() } else { ids.join(" and ") }
                    ),
                ));
            }
        } else {
            seen.insert(name, *op);
        }
    }
}
