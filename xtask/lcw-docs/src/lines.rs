//! Byte offsets to 1-based line and column, computed once per page.

use crate::diag::Span;

/// Start offsets of every line of a text, for `O(log n)` offset-to-position lookups.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes `text`: one entry per line start.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 40 + 1);
        starts.push(0);
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// Number of lines (a trailing newline starts an empty last line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where 0-based line `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(usize::MAX)
    }

    /// 0-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The span of byte `offset` in `text` (the text this index was built from). Columns count
    /// characters; an offset inside a character or past the end is clamped.
    pub fn span(&self, text: &str, offset: usize) -> Span {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let col = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or_else(|| {
                text.as_bytes()[start..offset]
                    .iter()
                    .filter(|&&b| b & 0xC0 != 0x80)
                    .count()
            });
        Span::new(to_u32(line + 1), to_u32(col + 1))
    }
}

impl LineIndex {
    /// The page position of byte `offset` in `text` when `text` itself starts at `origin` on the
    /// page (a code block, an annotation): lines add up, columns add up on the first line only.
    pub fn span_from(&self, text: &str, offset: usize, origin: Span) -> Span {
        let inner = self.span(text, offset);
        if inner.line == 1 {
            Span::new(origin.line, origin.col + inner.col - 1)
        } else {
            Span::new(origin.line + inner.line - 1, inner.col)
        }
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "ab\nçd|e\n\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.span(text, 0), Span::new(1, 1));
        assert_eq!(index.span(text, 3), Span::new(2, 1));
        let pipe = text.find('|').unwrap();
        assert_eq!(index.span(text, pipe), Span::new(2, 3));
        assert_eq!(index.span(text, text.len()), Span::new(4, 2));
        assert_eq!(index.span(text, 999), Span::new(4, 2));
        assert_eq!(index.line_count(), 4);
        let origin = Span::new(10, 5);
        assert_eq!(index.span_from(text, 1, origin), Span::new(10, 6));
        assert_eq!(index.span_from(text, pipe, origin), Span::new(11, 3));
    }
}
