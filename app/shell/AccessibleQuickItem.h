#pragma once

/**
 * What Qt 6.4's accessibility bridge says about a Qt Quick item, plus what it leaves out: an item
 * that is greyed out (not enabled) reports the disabled state, so a screen reader says
 * "unavailable" instead of offering a control that does nothing, and a change of it is announced.
 *
 * Installed once, before the window is made (GuiRunner). It answers for every accessible Qt Quick
 * item by the item's most derived class, which the bridge asks before Qt Quick's own factory
 * (that one answers only for the QQuickItem class itself); everything else is Qt's own interface.
 */
namespace AccessibleQuickItem
{
void install();
}
