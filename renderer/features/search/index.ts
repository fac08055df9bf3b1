// Search, as the app's frame opens it (and warms its index).
export { SearchDialog } from './SearchDialog';
export { warmUpSearchIndex } from './workspaceSearch';
