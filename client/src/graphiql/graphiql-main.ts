// GraphiQL for developers, bundled with the client so it works offline (Apollo's Sandbox loads from a CDN).
// The server serves it at /graphiql only while introspection is on (development by default).
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { session } from '../api/session.ts';

const DEFAULT_QUERY = `# Every request needs a token: sign in to the workspace in this tab, or put
#   {"Authorization": "Bearer <token>"}
# in the Headers tab below (a development token: npm run -s token -- --role viewer).
# More examples: docs/queries/*.graphql

query SearchEntities($text: String!) {
  search(text: $text, limit: 10) {
    id
    label
    name
    nameEn
    score
  }
}
`;

const token = session.token();
const headers = token
  ? JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2)
  : '{\n  "Authorization": "Bearer "\n}';

createRoot(document.getElementById('graphiql')!).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: '/graphql' }),
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: headers,
    defaultEditorToolsVisibility: 'headers',
    variables: JSON.stringify({ text: 'Аленов' }, null, 2),
    shouldPersistHeaders: false,
  }),
);
