;;; yongeo.el --- yongeo's language server in Emacs, through eglot (built in since 29)

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode po-mode) . ("yongeo" "lsp"))))

;; Start it for drafts and PO files (markdown-mode derives from text-mode).
(add-hook 'text-mode-hook #'eglot-ensure)
(add-hook 'po-mode-hook #'eglot-ensure)

;;; yongeo.el ends here
