package org.theorykit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsTest {

    private final Experiment tour = Experiments.get("tour");

    @Test
    void defaultsDependOnTheScale() {
        assertEquals(5, Params.resolve(tour, Scale.SMOKE, Map.of()).getInt("seeds"));
        assertEquals(30, Params.resolve(tour, Scale.LECTURE, Map.of()).getInt("seeds"));
        assertEquals(200, Params.resolve(tour, Scale.PAPER, Map.of()).getInt("seeds"));
    }

    @Test
    void textAndObjectOverridesAreParsedAndChecked() {
        Params p = Params.resolve(tour, Scale.SMOKE, Map.of("n", "80", "noise", 0.5, "degrees", "1, 3,5"));
        assertEquals(80, p.getInt("n"));
        assertEquals(0.5, p.getDouble("noise"));
        assertEquals(List.of(1, 3, 5), p.getIntList("degrees"));
        assertEquals(7L, Params.resolve(tour, Scale.SMOKE, Map.of("seed", 7)).getLong("seed"));
    }

    @Test
    void sectionSettingsGiveWayToTheReadersOverrides() {
        Params p = Params.resolve(tour, Scale.SMOKE, Map.of("n", 80, "noise", 0.5), Map.of("noise", "0.25"));
        assertEquals(80, p.getInt("n"), "a setting the overrides do not name is kept");
        assertEquals(0.25, p.getDouble("noise"), "the override wins over the section's setting");
        assertEquals(5, p.getInt("seeds"), "a parameter neither names keeps its default");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Params.resolve(tour, Scale.SMOKE, Map.of("width", 3), Map.of()));
        assertTrue(unknown.getMessage().contains("'width'"), unknown.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Params.resolve(tour, Scale.SMOKE, Map.of(), null));
        assertTrue(none.getMessage().startsWith("overrides"), none.getMessage());
    }

    @Test
    void unknownParameterIsNamedWithTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Params.resolve(tour, Scale.SMOKE, Map.of("width", "3")));
        assertTrue(e.getMessage().contains("'width'"), e.getMessage());
        assertTrue(e.getMessage().contains("n, noise, degrees"), e.getMessage());
    }

    @Test
    void malformedAndOutOfRangeValuesAreNamed() {
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> Params.resolve(tour, Scale.SMOKE, Map.of("n", "ten")));
        assertTrue(malformed.getMessage().contains("'n' expects integer, got 'ten'"), malformed.getMessage());
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> Params.resolve(tour, Scale.SMOKE, Map.of("noise", "-1")));
        assertTrue(low.getMessage().contains("'noise' must be >= 0"), low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Params.resolve(tour, Scale.SMOKE, Map.of("noise", "NaN")));
        assertThrows(IllegalArgumentException.class, () -> Params.resolve(tour, Scale.SMOKE, Map.of("degrees", "1,x")));
    }

    @Test
    void scaleNamesParseCaseInsensitivelyAndBadOnesListTheValidOnes() {
        assertEquals(Scale.PAPER, Scale.parse(" Paper "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.parse("huge"));
        assertTrue(e.getMessage().contains("[smoke, lecture, paper]"), e.getMessage());
    }

    @Test
    void canonicalTextIsIndependentOfOverrideOrder() {
        Params a = Params.resolve(tour, Scale.SMOKE, Map.of("n", 60, "noise", 0.2));
        Params b = Params.resolve(tour, Scale.SMOKE, Map.of("noise", 0.2, "n", 60));
        assertEquals(a.canonical(), b.canonical());
    }
}
