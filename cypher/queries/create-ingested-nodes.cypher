// Creates the new entities a reviewed draft accepted, each with its label, the id label and its properties.
// Labels come from the vocabulary (the caller checks them), never from free text.
UNWIND $rows AS row
CREATE (n:{{id-label}} {id: row.id})
SET n:$(row.label), n += row.props
RETURN count(n) AS created
