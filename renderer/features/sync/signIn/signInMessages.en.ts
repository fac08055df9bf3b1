/** Strings of the "Sync server" section of Settings: sign in, choose a workspace, sign out. */
export const signInMessagesEn = {
  title: 'Sync server',
  intro:
    'Sign in to your team’s Liaison server to share this organiser with colleagues. You keep working offline; changes sync when you are back online.',
  serverUrl: 'Server address',
  serverUrlHint: 'As your administrator gave it, e.g. https://liaison.birmingham.gov.uk',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  fields: {
    serverRequired: 'Enter the server’s address.',
    serverInvalid: 'This is not a web address. Enter it like https://liaison.example.org',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'This does not look like an email address.',
    passwordRequired: 'Enter your password.',
  },
  errors: {
    unreachable:
      'The server at {{server}} cannot be reached. Check the address and your internet connection, then try again.',
    unauthorized: 'The email or password is not right.',
    rateLimited: 'Too many sign-in attempts for this account. Wait a few minutes, then try again.',
    tooOld: 'This version of Liaison is too old for the server. Update the app, then sign in.',
    forbidden: 'This account may not sign in to this server.',
    notFound: 'No Liaison server answers at {{server}}. Check the address.',
    server: 'The server has a problem right now. Try again later.',
    other: 'Could not sign in: {{message}}',
    notEncrypted:
      'Liaison keeps your sign-in only in this computer’s keychain, and none is available (on Linux, start GNOME Keyring or KWallet). You stay in the local workspace.',
    storeFailed: 'Your sign-in could not be stored on this computer: {{message}}',
    noAccess: 'This account has no access to “{{workspace}}” any more.',
  },
  choose: {
    legend: 'Workspace',
    hint: 'Signed in as {{name}} ({{email}}). Choose the workspace to open on this computer.',
    none: 'Your account has no workspace on this server yet. Ask an administrator of your team for an invitation.',
    upload_one: 'Upload the {{count}} record of this computer’s local workspace into {{workspace}}',
    upload_other:
      'Upload the {{count}} records of this computer’s local workspace into {{workspace}}',
    uploadHint:
      'Records already in the workspace are not copied twice. The local workspace keeps its own copy.',
    viewerNoUpload:
      'You can read this workspace but not add to it, so the records of this computer’s local workspace stay there.',
    open: 'Open workspace',
    cancel: 'Cancel',
    opening: 'Opening the workspace…',
  },
  roles: {
    viewer: 'viewer, read only',
    editor: 'editor',
    admin: 'administrator',
  },
  signedIn: {
    server: 'Server',
    user: 'Signed in as',
    workspace: 'Workspace',
    role: 'Role',
    expires: 'Session valid until',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutHint:
      'Liaison returns to this computer’s local workspace. The workspace’s copy stays on this computer for your next sign-in; changes not yet synced are sent then.',
  },
  again: {
    title: 'Sign in again',
    explanation:
      'Your session on the server has ended, so syncing has stopped. Sign in again to carry on; your changes on this computer are kept and will be sent.',
    submit: 'Sign in again',
    done: 'Signed in again. Syncing carries on.',
  },
  upload: {
    waiting_one: 'Uploading {{count}} record into {{workspace}}…',
    waiting_other: 'Uploading {{count}} records into {{workspace}}…',
    done: 'Local records added to {{workspace}}: {{inserted}} new, {{alreadyThere}} already there. They are sent to the server as it syncs.',
    failed:
      'Some local records could not be added to {{workspace}} ({{failed}} of {{total}}). {{message}}',
    retry: 'Try again',
    dismiss: 'Dismiss',
  },
};
