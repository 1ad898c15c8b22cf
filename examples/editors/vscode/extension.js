// Starts `yongeo lsp` for plain-text, Markdown and PO files, and tells it when a glossary or
// the configuration changes on disk.
const { workspace } = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function activate() {
  const [command, ...args] = workspace.getConfiguration("yongeo").get("command");
  client = new LanguageClient("yongeo", "yongeo", { command, args }, {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "file", pattern: "**/*.po" },
    ],
    synchronize: {
      fileEvents: workspace.createFileSystemWatcher("**/{*.po,yongeo.toml,pyproject.toml}"),
    },
  });
  return client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
