/* sd-codes-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a fault-code table (data/schema/codes.rng) into SdCodes and checks what
 * the schema cannot: every entry has a confidence, probabilities are greater than
 * 0 and at most 1, no code is listed twice, and every module and fault named
 * exists. Problems are `file:line: message`; the good entries are kept.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-codes-private.h"
#include "sd-codes-reader.h"
#include "sd-fact-reader.h"
#include "sd-problem.h"
#include "sd-xml.h"

static void
read_module (xmlNode    *node,
             SdCodes    *self,
             const char *source,
             GPtrArray  *problems)
{
  SdCodeModule *module = g_new0 (SdCodeModule, 1);

  module->id = sd_xml_get_attr (node, "id");
  module->source = g_strdup (source);
  module->line = sd_xml_line (node);
  module->confidence = sd_fact_read_confidence (node, source, problems);
  if (sd_fact_child_named (node, "name") == NULL)
    sd_problems_add (problems, source, module->line,
                     _("<%s> is missing the element <%s>"), "module", "name");

  if (module->id == NULL)
    {
      sd_problems_add (problems, source, module->line,
                       _("<%s> needs the attribute “%s”"), "module", "id");
      _sd_code_module_free (module);
      return;
    }

  if (!_sd_codes_take_module (self, module))
    {
      g_autofree char *id = sd_xml_get_attr (node, "id");

      sd_problems_add (problems, source, sd_xml_line (node), _("“%s” is defined twice"), id);
    }
}

static void
read_indications (xmlNode    *node,
                  SdCode     *code,
                  const char *source,
                  GPtrArray  *problems)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdCodeIndication indication = { 0 };

      if (!sd_xml_is (child, "indicates"))
        continue;

      indication.line = sd_xml_line (child);
      indication.fault = sd_xml_get_attr (child, "fault");
      indication.confidence = sd_fact_read_confidence (child, source, problems);
      if (indication.fault == NULL)
        sd_problems_add (problems, source, indication.line,
                         _("<%s> needs the attribute “%s”"), "indicates", "fault");

      if (indication.fault == NULL ||
          !sd_fact_read_probability (child, "likelihood", source, problems, &indication.likelihood))
        {
          g_free (indication.fault);
          continue;
        }

      g_array_append_val (code->indications, indication);
    }

  if (code->indications->len == 0)
    sd_problems_add (problems, source, code->line,
                     _("<%s> is missing the element <%s>"), "code", "indicates");
}

static void
read_code (xmlNode    *node,
           SdCodes    *self,
           const char *source,
           GPtrArray  *problems)
{
  SdCode *code = g_new0 (SdCode, 1);
  g_autofree char *hex = sd_xml_get_attr (node, "hex");
  g_autofree char *modules = sd_xml_get_attr (node, "module");

  code->id = sd_xml_get_attr (node, "id");
  code->source = g_strdup (source);
  code->line = sd_xml_line (node);
  code->confidence = sd_fact_read_confidence (node, source, problems);
  code->modules = modules != NULL ? g_strsplit (modules, " ", -1) : g_new0 (char *, 1);
  code->indications = g_array_new (FALSE, TRUE, sizeof (SdCodeIndication));
  g_array_set_clear_func (code->indications, (GDestroyNotify) _sd_code_indication_clear);

  if (hex == NULL || (!g_str_equal (hex, "unknown") &&
                      (code->hex = sd_codes_normalize (hex)) == NULL))
    sd_problems_add (problems, source, code->line,
                     _("hex must be 4 to 6 characters from 0–9 and A–F, or “unknown”, not “%s”"),
                     hex != NULL ? hex : "");
  if (modules == NULL)
    sd_problems_add (problems, source, code->line,
                     _("<%s> needs the attribute “%s”"), "code", "module");
  sd_fact_read_probability (node, "leak", source, problems, &code->leak);
  if (sd_fact_child_named (node, "meaning") == NULL)
    sd_problems_add (problems, source, code->line,
                     _("<%s> is missing the element <%s>"), "code", "meaning");
  read_indications (node, code, source, problems);

  if (code->id == NULL)
    {
      sd_problems_add (problems, source, code->line,
                       _("<%s> needs the attribute “%s”"), "code", "id");
      _sd_code_free (code);
      return;
    }

  if (!_sd_codes_take_code (self, code))
    sd_problems_add (problems, source, sd_xml_line (node),
                     _("the code “%s” is listed twice"), hex != NULL ? hex : "");
}

/**
 * sd_codes_add_document:
 * @doc: a parsed code table
 * @source: the file's name for messages
 * @problems: (nullable): where to add what is wrong
 *
 * Adds the entries of @doc; run sd_codes_check() and sd_codes_check_knowledge()
 * when every file is in.
 *
 * Returns: %TRUE if the document had no problem
 */
gboolean
sd_codes_add_document (SdCodes    *self,
                       xmlDoc     *doc,
                       const char *source,
                       GPtrArray  *problems)
{
  g_autoptr(GPtrArray) found = sd_problems_new ();
  xmlNode *root;

  g_return_val_if_fail (SD_IS_CODES (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  root = xmlDocGetRootElement (doc);
  if (!sd_xml_is (root, "codes"))
    {
      sd_problems_add (problems, source, sd_xml_line (root),
                       /* Translators: two element names. */
                       _("the root element is <%s>; this file starts with <%s>"),
                       root != NULL ? (const char *) root->name : "", "codes");
      return FALSE;
    }

  sd_xml_check_unique_ids (root, source, found);

  for (xmlNode *child = sd_xml_first_child (root); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "module"))
        read_module (child, self, source, found);
      else if (sd_xml_is (child, "code"))
        read_code (child, self, source, found);
      else
        sd_problems_add (found, source, sd_xml_line (child),
                         _("element <%s> is not allowed here"), (const char *) child->name);
    }

  sd_fact_collect_texts (root, _sd_codes_get_texts (self));

  return sd_fact_move_problems (found, problems);
}

/**
 * sd_codes_check:
 *
 * Checks that every module a code names is in the table.
 *
 * Returns: %TRUE if all are
 */
gboolean
sd_codes_check (SdCodes   *self,
                GPtrArray *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_CODES (self), FALSE);

  for (guint i = 0; i < sd_codes_get_n_codes (self); i++)
    {
      const SdCode *code = sd_codes_get_code (self, i);

      for (guint j = 0; code->modules[j] != NULL; j++)
        {
          if (code->modules[j][0] == '\0' || sd_codes_lookup_module (self, code->modules[j]) != NULL)
            continue;

          sd_problems_add (problems, code->source, code->line,
                           /* Translators: an id, then an element name such as <head-unit>. */
                           _("“%s” is not defined as a <%s>"), code->modules[j], "module");
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * sd_codes_check_knowledge:
 *
 * Checks that every fault a code points to is in @knowledge.
 *
 * Returns: %TRUE if all are
 */
gboolean
sd_codes_check_knowledge (SdCodes     *self,
                          SdKnowledge *knowledge,
                          GPtrArray   *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_CODES (self), FALSE);
  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), FALSE);

  for (guint i = 0; i < sd_codes_get_n_codes (self); i++)
    {
      const SdCode *code = sd_codes_get_code (self, i);

      for (guint j = 0; j < code->indications->len; j++)
        {
          const SdCodeIndication *indication = &g_array_index (code->indications,
                                                               SdCodeIndication, j);

          if (sd_knowledge_lookup_fault (knowledge, indication->fault) != NULL)
            continue;

          sd_problems_add (problems, code->source, indication->line,
                           _("fault “%s” is not in the knowledge base"), indication->fault);
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * sd_codes_new_builtin:
 * @problems: (nullable): where to add what is wrong with the built-in table
 *
 * Returns: (transfer full): the code table built into the app, checked
 */
SdCodes *
sd_codes_new_builtin (GPtrArray *problems)
{
  g_autoptr(SdCodes) self = sd_codes_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  sd_xml_init ();
  file = g_file_new_for_uri ("resource://" RESOURCE_BASE "/knowledge/codes.xml");
  doc = sd_xml_load_builtin (file, "codes.xml", NULL, problems);
  if (doc != NULL)
    sd_codes_add_document (self, doc, "codes.xml", problems);
  sd_codes_check (self, problems);

  return g_steal_pointer (&self);
}
