-- yongeo's language server in Neovim. Put this file in ~/.config/nvim/plugin/ (or require it
-- from init.lua). Neovim 0.11 and later configure servers themselves; older ones use
-- nvim-lspconfig.
local root_markers = { "yongeo.toml", "pyproject.toml", ".git" }
local filetypes = { "text", "markdown", "po" }

if vim.lsp.config then
  vim.lsp.config("yongeo", {
    cmd = { "yongeo", "lsp" },
    filetypes = filetypes,
    root_markers = root_markers,
  })
  vim.lsp.enable("yongeo")
else
  local configs = require("lspconfig.configs")
  if not configs.yongeo then
    configs.yongeo = {
      default_config = {
        cmd = { "yongeo", "lsp" },
        filetypes = filetypes,
        root_dir = require("lspconfig.util").root_pattern(unpack(root_markers)),
        settings = {},
      },
    }
  end
  require("lspconfig").yongeo.setup({})
end
